import "server-only";
import { getDb } from "../db";
import { AppError, notFound } from "../errors";
import { storableText } from "../db/storable-text";
import { logger } from "../logger";
import { enqueueGrading } from "../queue/grading-queue";
import type { PublicUser } from "../auth/users";
import { MAX_CODE_BYTES, MAX_IN_FLIGHT_PER_LEARNER, MAX_SUBMISSIONS_PER_MINUTE } from "./submission-limits";

/**
 * Stores a learner's code for an exercise as a queued submission and enqueues its grading; never waits for the
 * grade. Limits: code a well-formed string of at most 64 KB (400/413), a live exercise (404), at most 3 queued or
 * running and 20 per minute per learner (429 with Retry-After). Submitting again while one is in flight simply
 * queues another; each is graded and counted on its own.
 */
export async function createSubmission(
  user: PublicUser,
  slug: string,
  code: unknown,
): Promise<{ id: string; status: "queued" }> {
  const source = parseCode(code);
  const db = await getDb();
  // Four statements (BEGIN, lock + exercise, limits + insert, COMMIT): in embedded mode every statement is
  // PostgreSQL running inside the app's own process, so the hot path keeps them few.
  const id = await db.$transaction(
    async (tx) => {
      // One learner's submissions are counted under a lock on their user row, so two concurrent requests cannot
      // both slip under a limit; the exercise is read in the same statement. (`locked` is selected because a
      // WITH query runs only when referenced.)
      const [exercise] = await tx.$queryRawUnsafe<ExerciseRow[]>(
        `WITH locked AS (SELECT id FROM "User" WHERE id = $1 FOR UPDATE)
         SELECT e.id, e.points, e."contentHash", e.archived, (SELECT count(*) FROM locked)::int AS locked
         FROM "Exercise" e WHERE e.slug = $2`,
        user.id,
        slug,
      );
      if (!exercise || exercise.archived) throw notFound("The exercise");
      // A statement of its own, after the lock: under READ COMMITTED it sees every submission committed before the
      // lock was granted. It inserts only when both limits leave room, and returns the counts either way.
      const now = Date.now();
      const [outcome] = await tx.$queryRawUnsafe<InsertOutcome[]>(
        `WITH counts AS (
           SELECT
             (SELECT count(*) FROM "Submission" WHERE "userId" = $1 AND status IN ('queued', 'running'))::int
               AS in_flight,
             (SELECT count(*) FROM (SELECT 1 FROM "Submission" WHERE "userId" = $1 AND "createdAt" > since.t
               LIMIT $6::int) recent)::int AS recent,
             (SELECT min("createdAt") FROM (SELECT "createdAt" FROM "Submission" WHERE "userId" = $1
               AND "createdAt" > since.t ORDER BY "createdAt" LIMIT $6::int) recent) AS oldest
           FROM (SELECT ($5::timestamptz AT TIME ZONE 'UTC') - interval '60 seconds' AS t) since
         ), created AS (
           INSERT INTO "Submission" (id, "userId", "exerciseId", code, status, "maxScore", "contentHash", "createdAt")
           SELECT $2, $1, $3, $4, 'queued', $7::int, $8, ($5::timestamptz AT TIME ZONE 'UTC')
             FROM counts WHERE in_flight < $9::int AND recent < $6::int
           RETURNING id
         )
         SELECT in_flight, recent, (extract(epoch FROM oldest) * 1000)::float8 AS oldest_ms, (SELECT id FROM created) AS id
           FROM counts`,
        user.id,
        newSubmissionId(now),
        exercise.id,
        storableText(source),
        new Date(now).toISOString(),
        MAX_SUBMISSIONS_PER_MINUTE,
        exercise.points,
        exercise.contentHash,
        MAX_IN_FLIGHT_PER_LEARNER,
      );
      if (outcome.in_flight >= MAX_IN_FLIGHT_PER_LEARNER) {
        throw new AppError(
          "rate_limited",
          `You already have ${outcome.in_flight} submissions waiting to be graded. Wait for one to finish, then submit again.`,
          undefined,
          2,
        );
      }
      if (outcome.recent >= MAX_SUBMISSIONS_PER_MINUTE || !outcome.id) {
        const oldest = outcome.oldest_ms ?? now;
        const retryAfter = Math.max(1, (oldest + 60_000 - now) / 1000);
        throw new AppError(
          "rate_limited",
          `You can submit at most ${MAX_SUBMISSIONS_PER_MINUTE} times a minute. Try again in ${Math.ceil(retryAfter)} seconds.`,
          undefined,
          retryAfter,
        );
      }
      return outcome.id;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );

  // The committed queued row is the truth: if enqueueing fails here (or the process dies right now), the grading
  // sweeper finds the queued row without a job and enqueues it (same job id, so never twice).
  try {
    await enqueueGrading([id]);
  } catch (error) {
    logger.warn({ err: error, submissionId: id }, "enqueue failed; the sweeper will enqueue it");
  }
  return { id, status: "queued" };
}

type ExerciseRow = { id: string; points: number; contentHash: string; archived: boolean; locked: number };
/** `oldest_ms`: the oldest of the minute's submissions, in ms since the epoch (timestamps are stored as UTC). */
type InsertOutcome = { in_flight: number; recent: number; oldest_ms: number | null; id: string | null };

/**
 * A new submission id shaped like the ids Prisma gives other rows (`cuid()`: a "c", then base 36), but ordered by
 * time: the time in milliseconds, then random digits. Lists that order by createdAt then id stay in submission order.
 */
function newSubmissionId(now: number): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte % 36).toString(36)).join("");
  return `c${now.toString(36).padStart(9, "0")}${random}`;
}

function parseCode(code: unknown): string {
  if (typeof code !== "string") {
    throw new AppError("bad_request", "The code must be text.", { code: ["The code must be text."] });
  }
  // PostgreSQL text cannot hold NUL, and a lone surrogate cannot be encoded as UTF-8 for Python.
  if (code.includes("\u0000") || !code.isWellFormed()) {
    const message = "The code contains characters that are not valid text (NUL or a broken Unicode character).";
    throw new AppError("bad_request", message, { code: [message] });
  }
  if (Buffer.byteLength(code, "utf8") > MAX_CODE_BYTES) {
    const message = `Your code is larger than ${MAX_CODE_BYTES / 1024} KB; shorten it and submit again.`;
    throw new AppError("payload_too_large", message, { code: [message] });
  }
  return code;
}
