import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "../db";
import { storedGradingSpec } from "../grading/exercise-grading-spec";
import { gradeExercise } from "../grading/grade-exercise";
import { errorResult, type GradeResult } from "@/lib/grade-result-schema";

/**
 * Grades one submission of a regrade's dry run against the regrade's version and stores the verdict on the item
 * (never on the submission: that waits for apply). Skips an item already graded or whose dry run was superseded.
 * A failure of the grader itself throws, so the queue retries and, after the last retry, the item is stored as
 * `error` (applying then leaves that submission as it was).
 */
export async function gradeRegradeItem(itemId: string): Promise<"graded" | "skipped"> {
  const db = await getDb();
  const claimed = await db.$transaction(async (tx) => {
    const { count } = await tx.regradeItem.updateMany({
      where: { id: itemId, status: { in: ["pending", "grading"] }, regrade: { status: "previewing" } },
      data: { status: "grading", gradingRuns: { increment: 1 } },
    });
    if (count === 0) return null;
    return tx.regradeItem.findUniqueOrThrow({
      where: { id: itemId },
      select: {
        submission: { select: { code: true } },
        regrade: { select: { version: { select: { tests: true, points: true, limits: true } } } },
      },
    });
  });
  if (!claimed) return "skipped";
  const spec = storedGradingSpec(claimed.regrade.version);
  if (!spec) {
    await recordRegradeItemError(itemId, "The tests of the version this regrade grades against are not stored.");
    return "graded";
  }
  const result = await gradeExercise({ exercise: spec, code: claimed.submission.code, maxScore: spec.points, throwOnGraderFailure: true });
  await recordRegradeItemOutcome(itemId, { kind: "graded", result });
  return "graded";
}

/** Stores that a dry-run item could not be graded (its retries ran out); returns false if it was already final. */
export function recordRegradeItemError(itemId: string, message: string): Promise<boolean> {
  return recordRegradeItemOutcome(itemId, { kind: "error", message });
}

/**
 * Stores an item's outcome once (only an item still pending or grading changes) and, when it was the dry run's
 * last, marks the regrade previewed. The regrade row is locked first, so of two items finishing at once exactly
 * one sees that none is left.
 */
async function recordRegradeItemOutcome(
  itemId: string,
  outcome: { kind: "graded"; result: GradeResult } | { kind: "error"; message: string },
): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const item = await tx.regradeItem.findUnique({ where: { id: itemId }, select: { regradeId: true, oldMaxScore: true } });
      if (!item) return false;
      await tx.$queryRaw`SELECT 1 FROM "Regrade" WHERE "id" = ${item.regradeId} FOR UPDATE`;
      const result = outcome.kind === "graded" ? outcome.result : errorResult(outcome.message, item.oldMaxScore);
      const { count } = await tx.regradeItem.updateMany({
        where: { id: itemId, status: { in: ["pending", "grading"] } },
        data: {
          status: outcome.kind === "graded" ? "previewed" : "error",
          newScore: outcome.kind === "graded" ? result.score : null,
          newMaxScore: outcome.kind === "graded" ? result.max_score : null,
          newResult: result as unknown as Prisma.InputJsonValue,
          gradedAt: new Date(),
        },
      });
      if (count === 0) return false;
      await tx.regrade.updateMany({
        where: { id: item.regradeId, status: "previewing", items: { none: { status: { in: ["pending", "grading"] } } } },
        data: { status: "previewed", previewedAt: new Date() },
      });
      return true;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}
