import "server-only";
import { getDb } from "../db";
import { AppError, notFound } from "../errors";
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
  const exercise = await db.exercise.findUnique({
    where: { slug },
    select: { id: true, points: true, contentHash: true, archived: true },
  });
  if (!exercise || exercise.archived) throw notFound("The exercise");

  const submission = await db.$transaction(
    async (tx) => {
      // One learner's submissions are counted under a lock on their user row, so two concurrent requests cannot
      // both slip under a limit.
      await tx.$queryRawUnsafe('SELECT 1 FROM "User" WHERE id = $1 FOR UPDATE', user.id);
      const inFlight = await tx.submission.count({
        where: { userId: user.id, status: { in: ["queued", "running"] } },
      });
      if (inFlight >= MAX_IN_FLIGHT_PER_LEARNER) {
        throw new AppError(
          "rate_limited",
          `You already have ${inFlight} submissions waiting to be graded. Wait for one to finish, then submit again.`,
          undefined,
          2,
        );
      }
      const now = Date.now();
      const recent = await tx.submission.findMany({
        where: { userId: user.id, createdAt: { gt: new Date(now - 60_000) } },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
        take: MAX_SUBMISSIONS_PER_MINUTE,
      });
      if (recent.length >= MAX_SUBMISSIONS_PER_MINUTE) {
        const retryAfter = Math.max(1, (recent[0].createdAt.getTime() + 60_000 - now) / 1000);
        throw new AppError(
          "rate_limited",
          `You can submit at most ${MAX_SUBMISSIONS_PER_MINUTE} times a minute. Try again in ${Math.ceil(retryAfter)} seconds.`,
          undefined,
          retryAfter,
        );
      }
      const created = await tx.submission.create({
        data: {
          userId: user.id,
          exerciseId: exercise.id,
          code: source,
          status: "queued",
          maxScore: exercise.points,
          contentHash: exercise.contentHash,
          createdAt: new Date(now),
        },
        select: { id: true },
      });
      return created;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );

  // The committed queued row is the truth: if enqueueing fails here (or the process dies right now), the grading
  // sweeper finds the queued row without a job and enqueues it (same job id, so never twice).
  try {
    await enqueueGrading([submission.id]);
  } catch (error) {
    logger.warn({ err: error, submissionId: submission.id }, "enqueue failed; the sweeper will enqueue it");
  }
  return { id: submission.id, status: "queued" };
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
