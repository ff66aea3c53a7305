import "server-only";
import type { PgBoss } from "pg-boss";
import type { Database } from "../db/open-database";
import { logger } from "../logger";
import { returnRegradeToPreview } from "../regrades/apply-regrade";
import { recordRegradeItemError } from "../regrades/grade-regrade-item";
import { findRegradeWorkWithoutJobs } from "../regrades/regrade-sweep";
import { recordGradingResult } from "../submissions/record-grading-result";
import {
  GRADING_DEAD_LETTER_QUEUE,
  GRADING_QUEUE,
  GRADING_RETRY_LIMIT,
  enqueueGrading,
  enqueueRegradeApply,
  enqueueRegradeItems,
  gradingJobDataSchema,
} from "../queue/grading-queue";

// Recovery: what the grading worker's loop runs beside claiming, so no submission or regrade is ever left without a
// final state. A job whose retries are exhausted is stored as `error`; committed work whose job was never enqueued
// (the process died between commit and enqueue) is enqueued; jobs a killed embedded process left running are retried.

/** Work younger than this may still be enqueued by the request that committed it. */
const SWEEP_MIN_AGE_MS = 5000;

export const GRADING_GAVE_UP_MESSAGE =
  `We could not grade this submission: grading was tried ${GRADING_RETRY_LIMIT + 1} times and the grader stopped ` +
  "or was unavailable each time. This is our fault, not your code's, and it does not count as an attempt. " +
  "Please submit again.";

/** Stores every given-up grading job (the dead-letter queue) as its work's final state. */
export async function recordDeadLetters(boss: PgBoss): Promise<void> {
  const jobs = await boss.fetch(GRADING_DEAD_LETTER_QUEUE, { batchSize: 20 });
  for (const job of jobs) {
    const data = gradingJobDataSchema.safeParse(job.data);
    const log = logger.child({ jobId: job.id, ...(data.success ? data.data : {}) });
    try {
      if (data.success && "submissionId" in data.data) {
        const stored = await recordGradingResult(data.data.submissionId, { kind: "error", message: GRADING_GAVE_UP_MESSAGE });
        log.warn({ stored }, "grading gave up after its retries; submission stored as error");
      } else if (data.success && "regradeItemId" in data.data) {
        const stored = await recordRegradeItemError(data.data.regradeItemId, GRADING_GAVE_UP_MESSAGE);
        log.warn({ stored }, "regrade grading gave up after its retries; applying will leave that submission as it was");
      } else if (data.success && "regradeId" in data.data) {
        await returnRegradeToPreview(data.data.regradeId);
        log.error("applying a regrade gave up after its retries; it can be applied again");
      }
      await boss.complete(GRADING_DEAD_LETTER_QUEUE, [{ id: job.id, retryCount: job.retryCount }]);
    } catch (error) {
      log.error({ err: error }, "could not store a given-up grading job");
      await boss.fail(GRADING_DEAD_LETTER_QUEUE, [{ id: job.id, retryCount: job.retryCount }]).catch(() => {});
    }
  }
}

/** Enqueues committed work that has no grading job: submissions still queued or running, regrade items, applies. */
export async function enqueueWorkWithoutJobs(database: Database): Promise<void> {
  const rows = await database.sql.query<{ id: string }>(
    `SELECT s.id FROM "Submission" s
      WHERE s.status IN ('queued', 'running') AND s."createdAt" < $1
        AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.singleton_key = s.id)
      ORDER BY s."createdAt" LIMIT 500`,
    [new Date(Date.now() - SWEEP_MIN_AGE_MS), GRADING_QUEUE],
  );
  if (rows.length) {
    logger.warn({ count: rows.length }, "enqueueing submissions that had no grading job");
    await enqueueGrading(rows.map((row) => row.id));
  }
  const regradeWork = await findRegradeWorkWithoutJobs(database, SWEEP_MIN_AGE_MS);
  if (regradeWork.itemIds.length) {
    logger.warn({ count: regradeWork.itemIds.length }, "enqueueing regrade items that had no grading job");
    await enqueueRegradeItems(regradeWork.itemIds);
  }
  for (const { regradeId, run } of regradeWork.applies) {
    logger.warn({ regradeId, run }, "enqueueing a regrade being applied that had no job");
    await enqueueRegradeApply(regradeId, run);
  }
}

/**
 * Embedded mode, at start-up: the data-directory lock proves no other process is alive, so every grading job still
 * marked active was orphaned by a killed process; it is retried now instead of after its heartbeat times out.
 */
export async function retryOrphanedJobs(boss: PgBoss, database: Database): Promise<void> {
  const orphans = await database.sql.query<{ id: string; retry_count: number }>(
    "SELECT id, retry_count FROM pgboss.job WHERE name = $1 AND state = 'active'",
    [GRADING_QUEUE],
  );
  if (!orphans.length) return;
  logger.warn({ count: orphans.length }, "retrying grading jobs orphaned by a stopped process");
  await boss.fail(
    GRADING_QUEUE,
    orphans.map((row) => ({ id: row.id, retryCount: row.retry_count })),
    { message: "the process grading it stopped" },
  );
}
