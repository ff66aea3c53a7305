import "server-only";
import type { Database } from "./db/open-database";
import { env } from "./env";
import { shutdownGrader } from "./grading/grade-exercise";
import { checkGraderAtStartup } from "./grading/grader-doctor";
import { logger } from "./logger";
import { publishGraderHost } from "./queue/grader-hosts";
import { closeGradingQueue, openGradingQueue, installGradingQueue } from "./queue/grading-queue";
import { startGradingWorker } from "./worker/grading-worker";
import { closeSubmissionEvents } from "./events/submission-events";

/**
 * Starts what runs beside the web server in this process: the grading queue (every app process enqueues) and, unless
 * EMBEDDED_WORKER=0, the grading worker with GRADER_CONCURRENCY slots. Returns the function that stops them.
 */
export async function startEmbeddedServices(database: Database): Promise<() => Promise<void>> {
  const embeddedWorker = env().EMBEDDED_WORKER !== "0";
  const boss = await openGradingQueue(database, embeddedWorker ? "app-with-worker" : "app");
  installGradingQueue(boss);
  const withdrawHost = embeddedWorker ? publishGraderHost(database, await checkGraderAtStartup(), "app-with-worker") : null;
  const worker = embeddedWorker
    ? await startGradingWorker(boss, database, {
        concurrency: env().GRADER_CONCURRENCY,
        retryOrphanedJobs: database.target.mode === "embedded",
      })
    : null;
  if (!embeddedWorker) logger.info("EMBEDDED_WORKER=0: this process enqueues grading but does not grade");
  return async () => {
    await worker?.stop();
    await withdrawHost?.();
    shutdownGrader();
    await closeSubmissionEvents();
    await closeGradingQueue();
  };
}
