import "server-only";
import path from "node:path";
import type { PgBoss, Job } from "pg-boss";
import type { Database } from "../db/open-database";
import { gradeExercise } from "../grading/grade-exercise";
import { logger } from "../logger";
import { recordGradingResult } from "../submissions/record-grading-result";
import { startGrading } from "../submissions/start-grading";
import { subscribeToSubmissionEvents } from "../submissions/submission-events";
import {
  GRADING_DEAD_LETTER_QUEUE,
  GRADING_QUEUE,
  GRADING_RETRY_LIMIT,
  enqueueGrading,
  onGradingEnqueued,
  type GradingJobData,
} from "./grading-queue";

export interface GradingWorkerOptions {
  /** How many submissions this process grades at once. */
  concurrency: number;
  /** The folder holding `<slug>/` exercise folders. */
  exercisesDir?: string;
  /** The safety-net poll; in-process enqueues and NOTIFYs wake the worker at once. */
  pollSeconds?: number;
  /**
   * Embedded mode only: the data-directory lock proves no other process is alive, so every job still marked active
   * was orphaned by a killed process and is retried at once instead of after its heartbeat times out.
   */
  retryOrphanedJobs?: boolean;
}

export interface GradingWorker {
  /** Submissions being graded right now. */
  active(): number;
  /** Stops fetching and waits (up to `timeoutMs`) for the gradings in progress. */
  stop(timeoutMs?: number): Promise<void>;
}

// Heartbeats well inside GRADING_HEARTBEAT_SECONDS, so a live grading is never mistaken for a dead worker's.
const HEARTBEAT_MS = 3000;
// How often queued submissions without a job (the process died between commit and enqueue) are looked for.
const SWEEP_MS = 10_000;
const SWEEP_MIN_AGE_MS = 5000;

export const GRADING_GAVE_UP_MESSAGE =
  `We could not grade this submission: grading was tried ${GRADING_RETRY_LIMIT + 1} times and the grader stopped ` +
  "or was unavailable each time. This is our fault, not your code's, and it does not count as an attempt. " +
  "Please submit again.";

/**
 * Grades submissions from the queue: fetches jobs in batches up to the free slots, marks each submission running,
 * grades it in the sandbox, stores the result with progress (exactly once), and completes the job. A job whose
 * worker died is retried by pg-boss (heartbeat/expiry); after the last retry its dead letter is stored as `error`.
 */
export async function startGradingWorker(
  boss: PgBoss,
  database: Database,
  options: GradingWorkerOptions,
): Promise<GradingWorker> {
  const concurrency = Math.max(1, options.concurrency);
  const exercisesDir = path.resolve(options.exercisesDir ?? "exercises");
  const pollMs = (options.pollSeconds ?? 1) * 1000;
  const running = new Set<Promise<void>>();
  let stopping = false;

  let woken = false;
  let wakeSleeper: (() => void) | null = null;
  const wake = () => {
    woken = true;
    wakeSleeper?.();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken) {
        woken = false;
        return resolve();
      }
      const timer = setTimeout(done, ms);
      wakeSleeper = () => {
        clearTimeout(timer);
        done();
      };
      function done() {
        wakeSleeper = null;
        woken = false;
        resolve();
      }
    });

  const stopWakingOnEnqueue = onGradingEnqueued(wake);
  // Other machines' enqueues arrive as NOTIFYs; a lost connection only costs the poll interval.
  const stopListening = await subscribeToSubmissionEvents((event) => {
    if (event.status === "queued") wake();
  }).catch((error) => {
    logger.warn({ err: error }, "grading worker cannot LISTEN; polling only");
    return () => {};
  });

  if (options.retryOrphanedJobs) await retryOrphanedJobs(boss, database);

  async function grade(job: Job<GradingJobData>): Promise<void> {
    const submissionId = job.data?.submissionId;
    const log = logger.child({ jobId: job.id, submissionId, attempt: job.retryCount + 1 });
    const attempt = { id: job.id, retryCount: job.retryCount };
    const heartbeat = setInterval(() => {
      boss.touch(GRADING_QUEUE, [attempt]).catch((error) => log.warn({ err: error }, "grading heartbeat failed"));
    }, HEARTBEAT_MS);
    try {
      const claimed = typeof submissionId === "string" ? await startGrading(submissionId) : null;
      if (!claimed) {
        log.info("submission already final or gone; completing its job without grading");
        await boss.complete(GRADING_QUEUE, [attempt]);
        return;
      }
      log.info({ exercise: claimed.exercise.slug, gradingRuns: claimed.gradingRuns }, "grading started");
      const result = await gradeExercise({
        exerciseDir: path.join(exercisesDir, claimed.exercise.slug),
        code: claimed.code,
        maxScore: claimed.maxScore,
      });
      const stored = await recordGradingResult(claimed.id, { kind: "graded", result });
      await boss.complete(GRADING_QUEUE, [attempt]);
      log.info({ status: result.status, score: result.score, durationMs: result.duration_ms, stored }, "graded");
    } catch (error) {
      // The grader is unavailable or the database failed: pg-boss retries the job, and after the last retry its
      // dead letter stores the submission as `error`.
      log.error({ err: error }, "grading attempt failed");
      await boss
        .fail(GRADING_QUEUE, [attempt], { message: (error as Error).message })
        .catch((failError) => log.error({ err: failError }, "could not mark the grading job failed"));
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function recordDeadLetters(): Promise<void> {
    const jobs = await boss.fetch<GradingJobData>(GRADING_DEAD_LETTER_QUEUE, { batchSize: 20 });
    for (const job of jobs) {
      const submissionId = job.data?.submissionId;
      const log = logger.child({ jobId: job.id, submissionId });
      try {
        if (typeof submissionId === "string") {
          const stored = await recordGradingResult(submissionId, { kind: "error", message: GRADING_GAVE_UP_MESSAGE });
          log.warn({ stored }, "grading gave up after its retries; submission stored as error");
        }
        await boss.complete(GRADING_DEAD_LETTER_QUEUE, [{ id: job.id, retryCount: job.retryCount }]);
      } catch (error) {
        log.error({ err: error }, "could not store a given-up submission");
        await boss.fail(GRADING_DEAD_LETTER_QUEUE, [{ id: job.id, retryCount: job.retryCount }]).catch(() => {});
      }
    }
  }

  async function sweepUnqueued(): Promise<void> {
    const rows = await database.sql.query<{ id: string }>(
      `SELECT s.id FROM "Submission" s
        WHERE s.status IN ('queued', 'running') AND s."createdAt" < $1
          AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.singleton_key = s.id)
        ORDER BY s."createdAt" LIMIT 500`,
      [new Date(Date.now() - SWEEP_MIN_AGE_MS), GRADING_QUEUE],
    );
    if (!rows.length) return;
    logger.warn({ count: rows.length }, "enqueueing submissions that had no grading job");
    await enqueueGrading(rows.map((row) => row.id));
  }

  const loop = (async () => {
    let lastHousekeeping = 0;
    let lastSweep = 0;
    while (!stopping) {
      try {
        const now = Date.now();
        if (now - lastHousekeeping >= pollMs) {
          lastHousekeeping = now;
          await recordDeadLetters();
        }
        if (now - lastSweep >= SWEEP_MS) {
          lastSweep = now;
          await sweepUnqueued();
        }
        const free = concurrency - running.size;
        if (free > 0) {
          const jobs = await boss.fetch<GradingJobData>(GRADING_QUEUE, { batchSize: free });
          for (const job of jobs) {
            const task = grade(job).finally(() => {
              running.delete(task);
              wake();
            });
            running.add(task);
          }
          // A full batch means more may be waiting: fetch again as soon as a slot frees.
          if (jobs.length > 0 && jobs.length === free) continue;
        }
      } catch (error) {
        if (stopping) break;
        logger.error({ err: error }, "grading worker loop error");
      }
      await sleep(pollMs);
    }
  })();

  logger.info({ concurrency, exercisesDir }, "grading worker started");
  return {
    active: () => running.size,
    stop: async (timeoutMs = 30_000) => {
      stopping = true;
      stopWakingOnEnqueue();
      stopListening();
      wake();
      await loop;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...running]),
        new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    },
  };
}

async function retryOrphanedJobs(boss: PgBoss, database: Database): Promise<void> {
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
