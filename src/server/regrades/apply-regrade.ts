import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "../db";
import { AppError } from "../errors";
import { logger } from "../logger";
import { recomputeExerciseProgress } from "../progress/recompute-exercise-progress";
import { enqueueRegradeApply } from "../queue/grading-queue";
import type { PublicUser } from "../auth/users";
import { requireRegradeAccess } from "./require-regrade-access";

// Learners applied per round between heartbeats; each learner is one transaction.
const LEARNERS_PER_ROUND = 25;

/**
 * Starts applying a regrade whose dry run has finished (its class's teacher or an admin): the work runs in the
 * background through the grading queue at regrade priority. Applying twice is harmless (the second call reports
 * the run in progress). 409 while the dry run is still grading, after a newer dry run replaced it, and when the
 * exercise has changed again since (its verdicts would be from tests that are no longer current).
 */
export async function requestRegradeApply(viewer: PublicUser | null, regradeId: string): Promise<{ id: string; status: "applying" }> {
  const access = await requireRegradeAccess(viewer, regradeId);
  const db = await getDb();
  const run = await db.$transaction(async (tx) => {
    const [regrade] = await tx.$queryRaw<{ status: string; contentHash: string; exerciseId: string }[]>`
      SELECT "status"::text, "contentHash", "exerciseId" FROM "Regrade" WHERE "id" = ${access.id} FOR UPDATE`;
    if (regrade.status === "applying") return null;
    if (regrade.status === "previewing") throw new AppError("conflict", "The dry run is still grading; apply it once it has finished.");
    if (regrade.status === "applied") throw new AppError("conflict", "This regrade was already applied.");
    if (regrade.status === "superseded") throw new AppError("conflict", "A newer dry run replaced this one; apply that one instead.");
    const exercise = await tx.exercise.findUniqueOrThrow({ where: { id: regrade.exerciseId }, select: { contentHash: true } });
    if (exercise.contentHash !== regrade.contentHash) {
      throw new AppError("conflict", "The exercise has changed again since this dry run; start a new dry run.");
    }
    const updated = await tx.regrade.update({
      where: { id: access.id },
      data: { status: "applying", appliedById: viewer!.id, applyStartedAt: new Date(), applyRuns: { increment: 1 } },
      select: { applyRuns: true },
    });
    return updated.applyRuns;
  });
  if (run !== null) {
    logger.info({ regradeId: access.id, run }, "regrade apply requested");
    try {
      await enqueueRegradeApply(access.id, run);
    } catch (error) {
      logger.warn({ err: error, regradeId: access.id }, "enqueueing the regrade apply failed; the sweeper will enqueue it");
    }
  }
  return { id: access.id, status: "applying" };
}

/**
 * The worker's half of applying: stores every previewed verdict of a regrade being applied, one learner per
 * transaction (their submissions, the items and their progress together), then marks the regrade applied.
 * Exactly once: an item changes only from `previewed`, and a submission only while it still holds the verdict the
 * dry run saw, so a retried or duplicate job applies nothing twice. Returns how many submissions changed.
 */
export async function applyRegrade(regradeId: string, heartbeat?: () => Promise<void>): Promise<number> {
  const db = await getDb();
  const regrade = await db.regrade.findUnique({
    where: { id: regradeId },
    select: { id: true, status: true, exerciseId: true, contentHash: true, classId: true },
  });
  if (!regrade || regrade.status !== "applying") return 0;
  let applied = 0;
  for (;;) {
    const learners = await db.regradeItem.findMany({
      where: { regradeId, status: "previewed" },
      distinct: ["userId"],
      select: { userId: true },
      take: LEARNERS_PER_ROUND,
    });
    if (!learners.length) break;
    for (const { userId } of learners) applied += await applyForLearner(regrade, userId);
    await heartbeat?.();
  }
  await db.regrade.updateMany({
    where: { id: regradeId, status: "applying", items: { none: { status: "previewed" } } },
    data: { status: "applied", appliedAt: new Date() },
  });
  return applied;
}

async function applyForLearner(
  regrade: { id: string; exerciseId: string; contentHash: string; classId: string | null },
  userId: string,
): Promise<number> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      // Progress first, then items: the order every writer of this learner's progress locks in.
      await tx.$queryRaw`SELECT 1 FROM "ExerciseProgress" WHERE "userId" = ${userId} AND "exerciseId" = ${regrade.exerciseId} FOR UPDATE`;
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "RegradeItem" WHERE "regradeId" = ${regrade.id} AND "userId" = ${userId} AND "status" = 'previewed' FOR UPDATE`;
      if (!locked.length) return 0;
      const ids = locked.map((row) => row.id);
      const now = new Date();
      // A learner who left the class since the dry run is no longer this teacher's to regrade.
      const inScope =
        regrade.classId === null ||
        (await tx.enrollment.findUnique({ where: { classId_userId: { classId: regrade.classId, userId } }, select: { userId: true } })) !== null;
      if (!inScope) {
        await tx.regradeItem.updateMany({ where: { id: { in: ids }, status: "previewed" }, data: { status: "skipped", appliedAt: now } });
        return 0;
      }
      const items = await tx.regradeItem.findMany({
        where: { id: { in: ids } },
        select: { id: true, submissionId: true, oldContentHash: true, newScore: true, newMaxScore: true, newResult: true },
      });
      let changed = 0;
      for (const item of items) {
        // Only while the submission still holds the verdict the dry run saw (another regrade may have got there first).
        const { count } = await tx.submission.updateMany({
          where: { id: item.submissionId, status: "graded", gradedContentHash: item.oldContentHash },
          data: {
            score: item.newScore,
            maxScore: item.newMaxScore ?? undefined,
            result: (item.newResult ?? undefined) as Prisma.InputJsonValue | undefined,
            gradedContentHash: regrade.contentHash,
            regradedAt: now,
          },
        });
        await tx.regradeItem.update({ where: { id: item.id }, data: { status: count ? "applied" : "skipped", appliedAt: now } });
        changed += count;
      }
      if (changed) await recomputeExerciseProgress(tx, userId, regrade.exerciseId);
      return changed;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/** After applying gave up (its retries ran out): back to previewed, so it can be applied again; applied items stay. */
export async function returnRegradeToPreview(regradeId: string): Promise<void> {
  const db = await getDb();
  await db.regrade.updateMany({ where: { id: regradeId, status: "applying" }, data: { status: "previewed" } });
}
