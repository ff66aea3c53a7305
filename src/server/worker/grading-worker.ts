import "server-only";
import type { PgBoss, Job } from "pg-boss";
import type { Database } from "../db/open-database";
import { gradeExercise } from "../grading/grade-exercise";
import { logger } from "../logger";
import { applyRegrade, returnRegradeToPreview } from "../regrades/apply-regrade";
import { gradeRegradeItem, recordRegradeItemError } from "../regrades/grade-regrade-item";
import { findRegradeWorkWithoutJobs } from "../regrades/regrade-sweep";
import { recordGradingResult } from "../submissions/record-grading-result";
import { startGrading } from "../submissions/start-grading";
import { subscribeToSubmissionEvents } from "../events/submission-events";
import {
  GRADING_DEAD_LETTER_QUEUE,
  GRADING_QUEUE,
  GRADING_RETRY_LIMIT,
  LIVE_GRADING_PRIORITY,
  enqueueGrading,
  enqueueRegradeApply,
  enqueueRegradeItems,
  gradingJobDataSchema,
  onGradingEnqueued,
} from "../queue/grading-queue";

export interface GradingWorkerOptions {
  /** How many submissions this process grades at once. */
  concurrency: number;
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

export const SUBMITTED_VERSION_MISSING_MESSAGE =
  "We could not grade this submission: the tests of the exercise version it was submitted against are not " +
  "stored on this server. This is our fault, not your code's, and it does not count as an attempt. Please submit again.";

/**
 * Grades submissions from the queue: fetches jobs in batches up to the free slots, marks each submission running,
 * grades it in the sandbox against exactly the exercise version it names (tests stored in the database, no course
 * checkout needed), stores the result with progress (exactly once), and completes the job. A job whose worker died
 * is retried by pg-boss (heartbeat/expiry); after the last retry its dead letter is stored as `error`.
 *
 * Regrade work shares the queue at a lower priority: live submissions are always fetched first, and when this
 * process has more than one slot, one is always kept free of regrade work so a learner never waits behind it.
 */
export async function startGradingWorker(
  boss: PgBoss,
  database: Database,
  options: GradingWorkerOptions,
): Promise<GradingWorker> {
  const concurrency = Math.max(1, options.concurrency);
  // Slots regrade work may take; the rest stay for live submissions.
  const regradeSlots = Math.max(1, concurrency - 1);
  const pollMs = (options.pollSeconds ?? 1) * 1000;
  const running = new Set<Promise<void>>();
  let runningRegradeWork = 0;
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

  async function grade(job: Job<unknown>): Promise<void> {
    const data = gradingJobDataSchema.safeParse(job.data);
    const log = logger.child({ jobId: job.id, ...(data.success ? data.data : {}), attempt: job.retryCount + 1 });
    const attempt = { id: job.id, retryCount: job.retryCount };
    const heartbeat = setInterval(() => {
      boss.touch(GRADING_QUEUE, [attempt]).catch((error) => log.warn({ err: error }, "grading heartbeat failed"));
    }, HEARTBEAT_MS);
    try {
      if (!data.success) {
        log.error({ data: job.data }, "grading job with data of an unknown shape; completing it without grading");
      } else if ("submissionId" in data.data) {
        await gradeSubmission(data.data.submissionId, log);
      } else if ("regradeItemId" in data.data) {
        const outcome = await gradeRegradeItem(data.data.regradeItemId);
        log.info({ outcome }, "regrade item graded");
      } else {
        const applied = await applyRegrade(data.data.regradeId, () => boss.touch(GRADING_QUEUE, [attempt]).then(() => undefined));
        log.info({ applied }, "regrade applied");
      }
      await boss.complete(GRADING_QUEUE, [attempt]);
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

  async function gradeSubmission(submissionId: string, log: typeof logger): Promise<void> {
    const claimed = await startGrading(submissionId);
    if (!claimed) {
      log.info("submission already final or gone; completing its job without grading");
      return;
    }
    if (!claimed.version) {
      const stored = await recordGradingResult(claimed.id, { kind: "error", message: SUBMITTED_VERSION_MISSING_MESSAGE });
      log.error({ exercise: claimed.exercise.slug, stored }, "no stored tests for the submitted version; stored as error");
      return;
    }
    log.info({ exercise: claimed.exercise.slug, version: claimed.version.contentHash, gradingRuns: claimed.gradingRuns }, "grading started");
    const result = await gradeExercise({ exercise: claimed.version.spec, code: claimed.code, maxScore: claimed.maxScore });
    const stored = await recordGradingResult(claimed.id, { kind: "graded", result, contentHash: claimed.version.contentHash });
    log.info({ status: result.status, score: result.score, durationMs: result.duration_ms, stored }, "graded");
  }

  async function recordDeadLetters(): Promise<void> {
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

  async function sweepUnqueued(): Promise<void> {
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

  function start(jobs: Job<unknown>[], regrade: boolean): void {
    for (const job of jobs) {
      if (regrade) runningRegradeWork++;
      const task = grade(job).finally(() => {
        running.delete(task);
        if (regrade) runningRegradeWork--;
        wake();
      });
      running.add(task);
    }
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
          const live = await boss.fetch(GRADING_QUEUE, { batchSize: free, minPriority: LIVE_GRADING_PRIORITY });
          start(live, false);
          // A full batch means more may be waiting: fetch again as soon as a slot frees.
          if (live.length > 0 && live.length === free) continue;
          const forRegrades = Math.min(concurrency - running.size, regradeSlots - runningRegradeWork);
          if (forRegrades > 0) {
            start(await boss.fetch(GRADING_QUEUE, { batchSize: forRegrades, maxPriority: LIVE_GRADING_PRIORITY - 1 }), true);
          }
        }
      } catch (error) {
        if (stopping) break;
        logger.error({ err: error }, "grading worker loop error");
      }
      await sleep(pollMs);
    }
  })();

  logger.info({ concurrency }, "grading worker started");
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
