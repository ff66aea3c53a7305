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

const { logger } = await import("@/server/logger");
const { openDatabaseForEntry, stopOnSignals } = await import("@/server/process-entry");
const { startGradingServices } = await import("@/server/start-grading-services");

const { database } = await openDatabaseForEntry({ migrate: false });
const services = await startGradingServices(database, { service: "worker", grade: true });
stopOnSignals(async (signal) => {
  logger.info({ signal, active: services.worker?.active() }, "worker shutting down; finishing gradings in progress");
  await services.stop();
});
