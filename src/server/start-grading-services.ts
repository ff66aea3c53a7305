import "server-only";
import type { Database } from "./db/open-database";
import { env } from "./env";
import { shutdownGrader } from "./grading/grade-exercise";
import { checkGraderAtStartup } from "./grading/grader-doctor";
import { logger } from "./logger";
import { publishGraderHost } from "./queue/grader-hosts";
import { closeGradingQueue, openGradingQueue, installGradingQueue } from "./queue/grading-queue";
import { startGradingWorker, type GradingWorker } from "./worker/grading-worker";
import { closeSubmissionEvents } from "./events/submission-events";

/** What a process that grades or enqueues runs: its name in the queue and in /api/health, and whether it grades. */
export interface GradingServices {
  /** Stops fetching, lets the gradings in progress finish, then withdraws this grader and closes the queue. */
  stop(): Promise<void>;
  /** The worker, when this process grades. */
  worker: GradingWorker | null;
}

/**
 * The one start-up of the grading side, for `npm start` (embedded: the app grades in its own process, unless
 * EMBEDDED_WORKER=0) and `npm run worker` (a server deployment's separate grader): the grading queue (every app
 * process enqueues), and where this process grades, the grader's start-up check, its health report and the worker
 * with GRADER_CONCURRENCY slots.
 */
export async function startGradingServices(
  database: Database,
  { service, grade }: { service: string; grade: boolean },
): Promise<GradingServices> {
  const boss = await openGradingQueue(database, service);
  installGradingQueue(boss);
  const withdrawHost = grade ? publishGraderHost(database, await checkGraderAtStartup(), service) : null;
  const worker = grade
    ? await startGradingWorker(boss, database, {
        concurrency: env().GRADER_CONCURRENCY,
        // The embedded database has one process (its lock says so): a job still running at start-up was cut short.
        retryOrphanedJobs: database.target.mode === "embedded",
      })
    : null;
  if (!grade) logger.info("EMBEDDED_WORKER=0: this process enqueues grading but does not grade");
  return {
    worker,
    async stop() {
      await worker?.stop();
      await withdrawHost?.();
      shutdownGrader();
      await closeSubmissionEvents();
      await closeGradingQueue();
    },
  };
}
