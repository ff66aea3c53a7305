import "server-only";
import { getDatabase } from "../db";
import { type GraderHealth, graderHealth } from "../grading/grader-doctor";
import { type GraderHostReport, listGraderHosts } from "./grader-hosts";
import { getGradingQueue } from "./grading-queue";

/** What `GET /api/health` reports: nothing secret, nothing per user. */
export interface HealthReport {
  status: "ok" | "degraded" | "down";
  database: "ok" | "down";
  queue: { depth: number; running: number; oldestQueuedAgeSeconds: number | null };
  workers: { live: number; names: string[] } | null;
  /** This process's grading host, when it grades (embedded worker): the isolation in force and what to fix. */
  grader: GraderHealth | null;
  /** Every grading process seen recently (the embedded worker, separate workers), each with its host's report. */
  graders: GraderHostReport[];
}

// A health check answers within seconds, whatever it waits on: a load balancer (or a test waiting for the app to come
// up) must hear "down" or "unknown", never a request that hangs until its own time-out.
const DATABASE_CHECK_MS = 5_000;
const REGISTRY_CHECK_MS = 3_000;

/**
 * Checks the database, the grading backlog (queued submissions and the age of the oldest) and the live grading
 * workers (pg-boss's instance registry). Degraded when work is waiting and no worker is alive. Every part is bounded
 * in time: a database that does not answer reads as down, a registry that does not answer as unknown (null).
 */
export async function checkHealth(): Promise<HealthReport> {
  try {
    return await within(DATABASE_CHECK_MS, checkWithDatabase());
  } catch {
    return {
      status: "down",
      database: "down",
      queue: { depth: 0, running: 0, oldestQueuedAgeSeconds: null },
      workers: null,
      grader: graderHealth() ?? null,
      graders: [],
    };
  }
}

async function checkWithDatabase(): Promise<HealthReport> {
  const database = await getDatabase();
  const [row] = await database.sql.query<{ depth: number; running: number; oldest: Date | null }>(
    `SELECT count(*) FILTER (WHERE status = 'queued')::int AS depth,
            count(*) FILTER (WHERE status = 'running')::int AS running,
            min("createdAt") FILTER (WHERE status = 'queued') AS oldest
       FROM "Submission" WHERE status IN ('queued', 'running')`,
  );
  const queue = {
    depth: Number(row.depth),
    running: Number(row.running),
    oldestQueuedAgeSeconds: row.oldest
      ? Math.max(0, Math.round((Date.now() - new Date(row.oldest).getTime()) / 100) / 10)
      : null,
  };
  const [workers, graders] = await Promise.all([
    within(REGISTRY_CHECK_MS, liveWorkers()).catch(() => null),
    within(REGISTRY_CHECK_MS, listGraderHosts(database)).catch(() => []),
  ]);
  const stalled = queue.depth + queue.running > 0 && workers !== null && workers.live === 0;
  const grader = graderHealth() ?? null;
  const degraded = stalled || grader?.ok === false || graders.some((host) => !host.ok);
  return { status: degraded ? "degraded" : "ok", database: "ok", queue, workers, grader, graders };
}

/** The promise's value, or a rejection once `ms` have passed without one. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function liveWorkers(): Promise<{ live: number; names: string[] } | null> {
  try {
    const boss = await getGradingQueue();
    const instances = await boss.getInstances();
    const grading = instances.filter((instance) => instance.live && (instance.name === "worker" || instance.name === "app-with-worker"));
    return { live: grading.length, names: grading.map((instance) => instance.name ?? "") };
  } catch {
    return null;
  }
}
