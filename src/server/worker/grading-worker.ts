import "server-only";
import type { PgBoss, Job } from "pg-boss";
import type { Database } from "../db/open-database";
import { gradeExercise } from "../grading/grade-exercise";
import { logger } from "../logger";
import { applyRegrade } from "../regrades/apply-regrade";
import { gradeRegradeItem } from "../regrades/grade-regrade-item";
import { recordGradingResult } from "../submissions/record-grading-result";
import { startGrading } from "../submissions/start-grading";
import { subscribeToSubmissionEvents } from "../events/submission-events";
import { GRADING_QUEUE, LIVE_GRADING_PRIORITY, gradingJobDataSchema, onGradingEnqueued } from "../queue/grading-queue";
import { enqueueWorkWithoutJobs, recordDeadLetters, retryOrphanedJobs } from "./grading-recovery";

export { GRADING_GAVE_UP_MESSAGE } from "./grading-recovery";

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

export const SUBMITTED_VERSION_MISSING_MESSAGE =
  "We could not grade this submission: the tests of the exercise version it was submitted against are not " +
  "stored on this server. This is our fault, not your code's, and it does not count as an attempt. Please submit again.";

/**
 * Grades submissions from the queue (claiming and grading; what recovers lost or given-up work is in
 * grading-recovery.ts): fetches jobs in batches up to the free slots, marks each submission running,
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
          await recordDeadLetters(boss);
        }
        if (now - lastSweep >= SWEEP_MS) {
          lastSweep = now;
          await enqueueWorkWithoutJobs(database);
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
