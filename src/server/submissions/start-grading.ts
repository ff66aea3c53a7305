import "server-only";
import { getDb } from "../db";
import { notifySubmissionStatus } from "./submission-events";

/** What a worker needs to grade a submission it has claimed. */
export interface ClaimedSubmission {
  id: string;
  code: string;
  maxScore: number;
  gradingRuns: number;
  exercise: { slug: string; limits: unknown };
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
      return tx.submission.findUniqueOrThrow({
        where: { id: submissionId },
        select: {
          id: true,
          code: true,
          maxScore: true,
          gradingRuns: true,
          exercise: { select: { slug: true, limits: true } },
        },
      });
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}
