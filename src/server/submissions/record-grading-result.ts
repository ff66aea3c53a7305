import "server-only";
import { getDb } from "../db";
import { errorResult, type GradeResult } from "@/lib/grade-result-schema";
import type { Prisma } from "@/generated/prisma/client";
import { notifySubmissionStatus } from "../events/submission-events";

/**
 * How grading ended: a verdict from the grader (any status, the learner's doing) or our own failure to grade.
 * `contentHash` is the version whose tests produced the verdict (default: the one the submission names).
 */
export type GradingOutcome =
  | { kind: "graded"; result: GradeResult; contentHash?: string }
  | { kind: "error"; message: string };

/**
 * Stores how a submission's grading ended and, for a verdict, updates the learner's ExerciseProgress in the same
 * transaction. Exactly once: only a submission still queued or running is changed, so a result recorded again
 * (a retried job, a second worker) changes nothing and returns false. A system `error` is not the learner's
 * attempt and leaves progress alone.
 */
export async function recordGradingResult(submissionId: string, outcome: GradingOutcome): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const submission = await tx.submission.findUnique({
        where: { id: submissionId },
        select: { userId: true, exerciseId: true, maxScore: true, contentHash: true, createdAt: true, startedAt: true },
      });
      if (!submission) return false;
      const finishedAt = new Date();
      const result =
        outcome.kind === "graded"
          ? outcome.result
          : errorResult(outcome.message, submission.maxScore, durationSince(submission.startedAt, finishedAt));
      // The status condition is the exactly-once guard: under concurrent recorders PostgreSQL re-checks it after
      // the first commit, so only one update ever matches.
      const { count } = await tx.submission.updateMany({
        where: { id: submissionId, status: { in: ["queued", "running"] } },
        data: {
          status: outcome.kind === "graded" ? "graded" : "error",
          score: result.score,
          result: result as unknown as Prisma.InputJsonValue,
          finishedAt,
          durationMs: result.duration_ms,
          gradedContentHash: outcome.kind === "graded" ? (outcome.contentHash ?? submission.contentHash) : null,
        },
      });
      if (count === 0) return false;
      if (outcome.kind === "graded") {
        const solved = result.score >= submission.maxScore;
        await tx.$executeRawUnsafe(
          `INSERT INTO "ExerciseProgress"
             ("userId", "exerciseId", "bestScore", "maxScore", "attempts", "failedAttempts", "firstSolvedAt",
              "solvedOnAttempt", "lastSubmittedAt")
           VALUES ($1, $2, $3, $4, 1, $5, $6, CASE WHEN $6::timestamp IS NULL THEN NULL ELSE 1 END, $7)
           ON CONFLICT ("userId", "exerciseId") DO UPDATE SET
             "bestScore" = GREATEST("ExerciseProgress"."bestScore", EXCLUDED."bestScore"),
             "maxScore" = EXCLUDED."maxScore",
             "attempts" = "ExerciseProgress"."attempts" + 1,
             "failedAttempts" = "ExerciseProgress"."failedAttempts" + EXCLUDED."failedAttempts",
             "firstSolvedAt" = COALESCE("ExerciseProgress"."firstSolvedAt", EXCLUDED."firstSolvedAt"),
             "solvedOnAttempt" = COALESCE("ExerciseProgress"."solvedOnAttempt",
               CASE WHEN EXCLUDED."firstSolvedAt" IS NULL THEN NULL ELSE "ExerciseProgress"."attempts" + 1 END),
             "lastSubmittedAt" = GREATEST("ExerciseProgress"."lastSubmittedAt", EXCLUDED."lastSubmittedAt")`,
          submission.userId,
          submission.exerciseId,
          result.score,
          submission.maxScore,
          solved ? 0 : 1,
          solved ? finishedAt : null,
          submission.createdAt,
        );
      }
      await notifySubmissionStatus(tx, { id: submissionId, status: outcome.kind === "graded" ? "graded" : "error" });
      return true;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

function durationSince(startedAt: Date | null, finishedAt: Date): number {
  return startedAt ? Math.max(0, finishedAt.getTime() - startedAt.getTime()) : 0;
}
