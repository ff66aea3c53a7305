import "server-only";
import { getDb } from "../db";
import { errorResult, type GradeResult } from "@/lib/grade-result-schema";
import type { Prisma } from "@/generated/prisma/client";
import { storableValue } from "../db/storable-text";
import { SUBMISSION_STATUS_CHANNEL, notifySubmissionStatus, type SubmissionStatusEvent } from "../events/submission-events";

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
  if (outcome.kind === "graded") return recordVerdict(submissionId, outcome.result, outcome.contentHash);
  const db = await getDb();
  // A system error: not the learner's attempt, so progress is left alone.
  return db.$transaction(
    async (tx) => {
      const submission = await tx.submission.findUnique({
        where: { id: submissionId },
        select: { maxScore: true, startedAt: true },
      });
      if (!submission) return false;
      const finishedAt = new Date();
      const result = errorResult(outcome.message, submission.maxScore, durationSince(submission.startedAt, finishedAt));
      // The status condition is the exactly-once guard: under concurrent recorders PostgreSQL re-checks it after
      // the first commit, so only one update ever matches.
      const { count } = await tx.submission.updateMany({
        where: { id: submissionId, status: { in: ["queued", "running"] } },
        data: {
          status: "error",
          score: result.score,
          result: result as unknown as Prisma.InputJsonValue,
          finishedAt,
          durationMs: result.duration_ms,
          gradedContentHash: null,
        },
      });
      if (count === 0) return false;
      await notifySubmissionStatus(tx, { id: submissionId, status: "error" });
      return true;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

function durationSince(startedAt: Date | null, finishedAt: Date): number {
  return startedAt ? Math.max(0, finishedAt.getTime() - startedAt.getTime()) : 0;
}

/**
 * A verdict in one statement: the result, the learner's progress and the `graded` NOTIFY (delivered at its commit).
 * A verdict is stored for every submission, and on the embedded database each statement (and a transaction's
 * BEGIN/COMMIT) costs the app's own CPU. The status condition is the same exactly-once guard; the progress insert
 * and the NOTIFY read the updated row, so they happen only when the update matched. Raw SQL bypasses the Prisma
 * extension that makes text storable, so the result goes through `storableValue` here.
 */
async function recordVerdict(submissionId: string, result: GradeResult, contentHash: string | undefined): Promise<boolean> {
  const db = await getDb();
  const rows = await db.$queryRawUnsafe<{ notified: unknown }[]>(
    `WITH graded AS (
       UPDATE "Submission"
          SET status = 'graded', score = $2::double precision, result = $3::jsonb,
              "finishedAt" = ($4::timestamptz AT TIME ZONE 'UTC'), "durationMs" = $5::integer,
              "gradedContentHash" = COALESCE($6::text, "contentHash")
        WHERE id = $1 AND status IN ('queued', 'running')
       RETURNING "userId", "exerciseId", "maxScore", "createdAt", score >= "maxScore" AS solved
     ), progress AS (
       INSERT INTO "ExerciseProgress"
         ("userId", "exerciseId", "bestScore", "maxScore", "attempts", "failedAttempts", "firstSolvedAt",
          "solvedOnAttempt", "lastSubmittedAt")
       SELECT "userId", "exerciseId", $2::double precision, "maxScore", 1, CASE WHEN solved THEN 0 ELSE 1 END,
              CASE WHEN solved THEN ($4::timestamptz AT TIME ZONE 'UTC') END, CASE WHEN solved THEN 1 END, "createdAt"
         FROM graded
       ON CONFLICT ("userId", "exerciseId") DO UPDATE SET
         "bestScore" = GREATEST("ExerciseProgress"."bestScore", EXCLUDED."bestScore"),
         "maxScore" = EXCLUDED."maxScore",
         "attempts" = "ExerciseProgress"."attempts" + 1,
         "failedAttempts" = "ExerciseProgress"."failedAttempts" + EXCLUDED."failedAttempts",
         "firstSolvedAt" = COALESCE("ExerciseProgress"."firstSolvedAt", EXCLUDED."firstSolvedAt"),
         "solvedOnAttempt" = COALESCE("ExerciseProgress"."solvedOnAttempt",
           CASE WHEN EXCLUDED."firstSolvedAt" IS NULL THEN NULL ELSE "ExerciseProgress"."attempts" + 1 END),
         "lastSubmittedAt" = GREATEST("ExerciseProgress"."lastSubmittedAt", EXCLUDED."lastSubmittedAt")
     )
     SELECT pg_notify($7, $8)::text AS notified FROM graded`,
    submissionId,
    result.score,
    JSON.stringify(storableValue(result)),
    new Date().toISOString(),
    result.duration_ms,
    contentHash ?? null,
    SUBMISSION_STATUS_CHANNEL,
    JSON.stringify({ id: submissionId, status: "graded" } satisfies SubmissionStatusEvent),
  );
  return rows.length > 0;
}
