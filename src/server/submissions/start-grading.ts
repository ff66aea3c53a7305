import "server-only";
import { getDb } from "../db";
import { type ExerciseGradingSpec, storedGradingSpec } from "../grading/exercise-grading-spec";
import { logger } from "../logger";
import { notifySubmissionStatus } from "../events/submission-events";

/** What a worker needs to grade a submission it has claimed. */
export interface ClaimedSubmission {
  id: string;
  code: string;
  maxScore: number;
  gradingRuns: number;
  exercise: { slug: string };
  /**
   * The exercise version to grade against, with its stored tests: the one the submission names. Null only when
   * neither it nor the exercise's current version has stored grading data (content was never synced by this
   * release), and then the submission cannot be graded.
   */
  version: { contentHash: string; spec: ExerciseGradingSpec } | null;
}

/**
 * Marks a submission as running (startedAt, gradingRuns + 1) when a worker takes its job. Returns null when it is
 * already final: a retried job whose result was stored just before its worker died must not be graded again.
 */
export async function startGrading(submissionId: string): Promise<ClaimedSubmission | null> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const { count } = await tx.submission.updateMany({
        where: { id: submissionId, status: { in: ["queued", "running"] } },
        data: { status: "running", startedAt: new Date(), gradingRuns: { increment: 1 } },
      });
      if (count === 0) return null;
      await notifySubmissionStatus(tx, { id: submissionId, status: "running" });
      const row = await tx.submission.findUniqueOrThrow({
        where: { id: submissionId },
        select: {
          id: true,
          code: true,
          maxScore: true,
          gradingRuns: true,
          contentHash: true,
          exerciseId: true,
          exercise: { select: { slug: true, contentHash: true } },
        },
      });
      const versions = await tx.exerciseVersion.findMany({
        where: { exerciseId: row.exerciseId, contentHash: { in: [row.contentHash, row.exercise.contentHash] } },
        select: { contentHash: true, tests: true, points: true, limits: true },
      });
      const specOf = (hash: string) => {
        const version = versions.find((candidate) => candidate.contentHash === hash);
        const spec = version ? storedGradingSpec(version) : null;
        return spec ? { contentHash: hash, spec } : null;
      };
      // A submission made before versions stored their tests names a version whose tests.py exists nowhere any
      // more; it is graded by the current version (what the worker read from disk before), and the stored
      // gradedContentHash says so.
      const version = specOf(row.contentHash) ?? specOf(row.exercise.contentHash);
      if (version && version.contentHash !== row.contentHash) {
        logger.warn({ submissionId, submitted: row.contentHash, graded: version.contentHash }, "the submitted version has no stored tests; grading with the current version");
      }
      return {
        id: row.id,
        code: row.code,
        maxScore: row.maxScore,
        gradingRuns: row.gradingRuns,
        exercise: { slug: row.exercise.slug },
        version,
      };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}
