import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { logger } from "../logger";
import { enqueueRegradeItems } from "../queue/grading-queue";
import type { PublicUser } from "../auth/users";
import { currentGradingVersion } from "./current-grading-version";
import { regradeCandidatesSql } from "./regrade-candidates";
import type { StartRegradeInput } from "./regrade-schemas";
import { resolveRegradeScope } from "./resolve-regrade-scope";

/**
 * Starts a regrade's dry run: every graded submission in scope whose verdict came from other tests becomes an item
 * (keeping its current result for the record) and is graded in the background against the exercise's current
 * version, at regrade priority. Nothing a learner sees changes until the regrade is applied. A dry run not yet
 * applied for the same exercise and scope is superseded; one being applied is a 409, as is having nothing to regrade.
 */
export async function startRegrade(viewer: PublicUser | null, input: StartRegradeInput): Promise<{ id: string; items: number }> {
  const scope = await resolveRegradeScope(viewer, input.classId);
  const version = await currentGradingVersion(input.exerciseSlug);
  const db = await getDb();
  const created = await db.$transaction(
    async (tx) => {
      // One dry run at a time per exercise and scope, even when two teachers' clicks arrive together.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`regrade:${version.exercise.id}:${scope.classId ?? "*"}`}))`;
      const applying = await tx.regrade.findFirst({
        where: { exerciseId: version.exercise.id, classId: scope.classId, status: "applying" },
        select: { id: true },
      });
      if (applying) throw new AppError("conflict", "A regrade of this exercise is being applied; wait for it to finish, then start another.");
      await tx.regrade.updateMany({
        where: { exerciseId: version.exercise.id, classId: scope.classId, status: { in: ["previewing", "previewed"] } },
        data: { status: "superseded" },
      });
      const regrade = await tx.regrade.create({
        data: {
          exerciseId: version.exercise.id,
          contentHash: version.contentHash,
          classId: scope.classId,
          requestedById: viewer!.id,
        },
        select: { id: true },
      });
      const items = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "RegradeItem" ("id", "regradeId", "submissionId", "userId", "oldContentHash", "oldScore", "oldMaxScore", "oldResult")
        SELECT gen_random_uuid()::text, ${regrade.id}, s.id, s."userId", s."gradedContentHash", COALESCE(s.score, 0), s."maxScore", s.result
        ${regradeCandidatesSql(version.exercise.id, version.gradingHash, scope.classId)}
        RETURNING "id"`;
      if (!items.length) {
        throw new AppError("conflict", "Nothing to regrade: every graded submission here was graded by the current tests.");
      }
      return { id: regrade.id, itemIds: items.map((item) => item.id) };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  logger.info({ regradeId: created.id, exercise: version.exercise.slug, classId: scope.classId, items: created.itemIds.length }, "regrade dry run started");
  // Committed first: if enqueueing fails now (or the process dies), the grading sweeper enqueues the items.
  try {
    await enqueueRegradeItems(created.itemIds);
  } catch (error) {
    logger.warn({ err: error, regradeId: created.id }, "enqueueing the regrade failed; the sweeper will enqueue it");
  }
  return { id: created.id, items: created.itemIds.length };
}
