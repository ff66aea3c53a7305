// `npm run worker`: a grading worker for a server deployment. Run any number of them, on any machines, against the
// same PostgreSQL (DATABASE_URL); no course checkout is needed, every exercise version's tests are in the database.
// Each grades GRADER_CONCURRENCY submissions at once (default: its cores + 1). SIGTERM stops fetching and lets the
// gradings in progress finish.
export {};

// eslint-disable-next-line no-restricted-properties -- set before the logger and the queue read it through env()
process.env.APP_SERVICE ??= "worker";
const { parseDatabaseUrl } = await import("@/server/db/database-url");
const { env } = await import("@/server/env");
const target = parseDatabaseUrl(env().DATABASE_URL);
if (target.mode !== "server") {
  console.error(
    "npm run worker needs DATABASE_URL=postgresql://... : the embedded database can be opened by one process only, " +
      "and `npm start` already grades in-process in embedded mode.",
  );
  process.exit(1);
}

const { getDatabase, closeDatabase } = await import("@/server/db");
const { logger } = await import("@/server/logger");
const { openGradingQueue, installGradingQueue, closeGradingQueue } = await import("@/server/queue/grading-queue");
const { startGradingWorker } = await import("@/server/worker/grading-worker");
const { closeSubmissionEvents } = await import("@/server/events/submission-events");
const { shutdownGrader } = await import("@/server/grading/grade-exercise");
const { checkGraderAtStartup } = await import("@/server/grading/grader-doctor");
const { publishGraderHost } = await import("@/server/queue/grader-hosts");

const graderHealth = await checkGraderAtStartup();
const database = await getDatabase();
const withdrawHost = publishGraderHost(database, graderHealth, "worker");
const boss = await openGradingQueue(database, "worker");
installGradingQueue(boss);
const worker = await startGradingWorker(boss, database, { concurrency: env().GRADER_CONCURRENCY });

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal, active: worker.active() }, "worker shutting down; finishing gradings in progress");
  await worker.stop();
  await withdrawHost();
  shutdownGrader();
  await closeSubmissionEvents();
  await closeGradingQueue();
  await closeDatabase();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
