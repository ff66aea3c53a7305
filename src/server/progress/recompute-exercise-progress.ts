import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Recomputes what a regrade can change in a learner's ExerciseProgress from their graded submissions, inside the
 * caller's transaction: best score, max score (the latest submission's), failed attempts, and the first solve (when
 * and on which attempt, submissions taken in the order they were made). Attempts and the last submission time do
 * not depend on verdicts and are left as they are. These are the same rules recordGradingResult applies one
 * submission at a time, so a regraded learner's row reads as if every verdict had always been the new one.
 *
 * The caller must hold the row's lock (SELECT ... FOR UPDATE) before reading submissions, so a live grading that
 * commits meanwhile is either seen here or adds itself on top of this result afterwards, never lost.
 */
export async function recomputeExerciseProgress(tx: Prisma.TransactionClient, userId: string, exerciseId: string): Promise<void> {
  await tx.$executeRaw`
    WITH graded AS (
      SELECT s.score, s."maxScore", s."createdAt", s."finishedAt",
             row_number() OVER (ORDER BY s."createdAt", s.id)::int AS attempt
        FROM "Submission" s
       WHERE s."userId" = ${userId} AND s."exerciseId" = ${exerciseId} AND s.status = 'graded'
    ), totals AS (
      SELECT COALESCE(max(score), 0) AS "bestScore",
             (array_agg("maxScore" ORDER BY attempt DESC))[1] AS "maxScore",
             count(*) FILTER (WHERE score < "maxScore")::int AS "failedAttempts",
             (array_agg("finishedAt" ORDER BY attempt) FILTER (WHERE score >= "maxScore"))[1] AS "firstSolvedAt",
             min(attempt) FILTER (WHERE score >= "maxScore") AS "solvedOnAttempt",
             count(*)::int AS attempts,
             max("createdAt") AS "lastSubmittedAt"
        FROM graded
    )
    INSERT INTO "ExerciseProgress"
      ("userId", "exerciseId", "bestScore", "maxScore", "attempts", "failedAttempts", "firstSolvedAt", "solvedOnAttempt", "lastSubmittedAt")
    SELECT ${userId}, ${exerciseId}, t."bestScore", t."maxScore", t.attempts, t."failedAttempts", t."firstSolvedAt", t."solvedOnAttempt", t."lastSubmittedAt"
      FROM totals t WHERE t.attempts > 0
    ON CONFLICT ("userId", "exerciseId") DO UPDATE SET
      "bestScore" = EXCLUDED."bestScore",
      "maxScore" = EXCLUDED."maxScore",
      "failedAttempts" = EXCLUDED."failedAttempts",
      "firstSolvedAt" = EXCLUDED."firstSolvedAt",
      "solvedOnAttempt" = EXCLUDED."solvedOnAttempt"`;
}
