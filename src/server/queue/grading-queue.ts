import "server-only";
import crypto from "node:crypto";
import { PgBoss, fromPglite } from "pg-boss";
import { z } from "zod";
import { sandboxLimitRanges, WATCHDOG_MARGIN_SECONDS } from "@/lib/grading-protocol";
import { getDatabase } from "../db";
import { env } from "../env";
import type { Database } from "../db/open-database";
import { logger } from "../logger";
import { SUBMISSION_STATUS_CHANNEL } from "../events/submission-events";

/** The pg-boss queue that holds one job per submission to grade. */
export const GRADING_QUEUE = "grading";
/** Where pg-boss moves a grading job whose retries are exhausted; its worker stores the submission as `error`. */
export const GRADING_DEAD_LETTER_QUEUE = "grading-dead";

/** Attempts after the first before a submission is given up as `error` (a worker died or the grader failed). */
export const GRADING_RETRY_LIMIT = 2;
/**
 * A running job whose worker sends no heartbeat for this long is retried: a dead worker machine is noticed in
 * ~10 s instead of at expiry. pg-boss's minimum.
 */
export const GRADING_HEARTBEAT_SECONDS = 10;
// Expiry is the backstop behind heartbeats: the sandbox's longest wall limit, the checker's watchdog margin and 30 s
// of slack. pg-boss's default (15 minutes) would leave a killed job hanging that long.
const GRADING_EXPIRE_SECONDS = sandboxLimitRanges.wall_seconds[1] + WATCHDOG_MARGIN_SECONDS + 30;

/**
 * What a grading job carries: only an id; the row is the truth. A live submission to grade, one submission of a
 * regrade's dry run (graded against the regrade's version), or a regrade to apply.
 */
export type GradingJobData = { submissionId: string } | { regradeItemId: string } | { regradeId: string };

const id = z.string().min(1).max(64);
/** Job data as it comes back from the queue, parsed before any query uses it. */
export const gradingJobDataSchema = z.union([
  z.object({ submissionId: id }),
  z.object({ regradeItemId: id }),
  z.object({ regradeId: id }),
]);

/** pg-boss fetches higher priorities first: a learner waiting for a verdict always goes before regrade work. */
export const LIVE_GRADING_PRIORITY = 0;
/** Regrades run in the background: behind every live submission, on the slots live grading leaves free. */
export const REGRADE_PRIORITY = -10;

/** The singleton key of a regrade item's grading job (the sweeper finds items without a job by it). */
export const regradeItemJobKey = (itemId: string) => `regrade-item:${itemId}`;
/** The singleton key of a regrade's apply job. */
export const regradeApplyJobKey = (regradeId: string) => `regrade-apply:${regradeId}`;

const holder = globalThis as typeof globalThis & {
  __gradingQueue?: Promise<PgBoss>;
  __gradingWake?: Set<() => void>;
};

/**
 * The job id of a submission's grading job, derived from the submission id so enqueueing the same submission twice
 * (after a crash between commit and enqueue, or from the sweeper) inserts nothing the second time.
 */
export function gradingJobId(submissionId: string): string {
  return uuidFrom(`grading:${submissionId}`);
}

function uuidFrom(key: string): string {
  const hex = crypto.createHash("sha256").update(key).digest("hex");
  // Shaped as a version-4 UUID because pg-boss stores ids in a uuid column.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Creates and starts a pg-boss instance on the database (sharing the PGlite instance in embedded mode). */
export async function openGradingQueue(database: Database, instanceName = "web"): Promise<PgBoss> {
  // Expiry and heartbeat checks run on pg-boss's monitor pass, so both intervals must be short for a killed
  // worker's job to come back within seconds (STACK-NOTES: the defaults wait ~15 minutes).
  const tuning = {
    superviseIntervalSeconds: 1,
    monitorIntervalSeconds: 1,
    schedule: false,
    instanceName,
    instanceHeartbeatSeconds: 10,
  };
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: "pglite", ...tuning })
    : new PgBoss({
        connectionString: database.target.mode === "server" ? database.target.connectionString : undefined,
        max: 4,
        application_name: `pygrade-${instanceName}`,
        ...tuning,
      });
  boss.on("error", (error) => logger.error({ err: error }, "grading queue error"));
  await boss.start();
  await ensureQueue(boss, GRADING_DEAD_LETTER_QUEUE, { retryLimit: 5, retryDelay: 1 });
  await ensureQueue(boss, GRADING_QUEUE, {
    retryLimit: GRADING_RETRY_LIMIT,
    retryDelay: 1,
    expireInSeconds: GRADING_EXPIRE_SECONDS,
    heartbeatSeconds: GRADING_HEARTBEAT_SECONDS,
    deadLetter: GRADING_DEAD_LETTER_QUEUE,
  });
  return boss;
}

async function ensureQueue(boss: PgBoss, name: string, options: Parameters<PgBoss["createQueue"]>[1]) {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, options);
  } catch (error) {
    // Another process created it between the check and the create.
    if (!(await boss.getQueue(name))) throw error;
  }
}

/** The process's grading queue, started on first use on the process's database. */
export function getGradingQueue(): Promise<PgBoss> {
  holder.__gradingQueue ??= getDatabase().then((database) => openGradingQueue(database, instanceNameFromEnv()));
  holder.__gradingQueue.catch(() => (holder.__gradingQueue = undefined));
  return holder.__gradingQueue;
}

/** Installs an already-started queue as the process's one (start-up, worker script and tests). */
export function installGradingQueue(boss: PgBoss): void {
  holder.__gradingQueue = Promise.resolve(boss);
}

/** Stops the process's grading queue, if one was started. */
export async function closeGradingQueue(): Promise<void> {
  const current = holder.__gradingQueue;
  holder.__gradingQueue = undefined;
  if (current) await (await current).stop({ graceful: false, close: true, wait: true } as never).catch(() => {});
}

function instanceNameFromEnv(): string {
  return env().APP_SERVICE;
}

/**
 * Enqueues grading jobs for committed submissions (idempotent: a submission already enqueued is skipped) and wakes
 * this process's worker so it does not wait for its next poll.
 */
export async function enqueueGrading(submissionIds: string[]): Promise<void> {
  if (!submissionIds.length) return;
  const boss = await getGradingQueue();
  for (const submissionId of submissionIds) {
    await boss.send(GRADING_QUEUE, { submissionId } satisfies GradingJobData, {
      id: gradingJobId(submissionId),
      singletonKey: submissionId,
      priority: LIVE_GRADING_PRIORITY,
    });
    // Announced only once the job exists, so a worker on another machine that wakes on it finds the job.
    await boss
      .getDb()
      .executeSql("SELECT pg_notify($1, $2)", [SUBMISSION_STATUS_CHANNEL, JSON.stringify({ id: submissionId, status: "queued" })]);
  }
  wakeGradingWorkers();
}

/**
 * Enqueues the dry-run grading of regrade items at regrade priority (idempotent per item, like submissions) and
 * wakes this process's worker.
 */
export async function enqueueRegradeItems(itemIds: string[]): Promise<void> {
  if (!itemIds.length) return;
  const boss = await getGradingQueue();
  // In batches: a regrade of a whole course can hold thousands of items.
  for (let start = 0; start < itemIds.length; start += 500) {
    await boss.insert(
      GRADING_QUEUE,
      itemIds.slice(start, start + 500).map((regradeItemId) => ({
        id: uuidFrom(regradeItemJobKey(regradeItemId)),
        data: { regradeItemId } satisfies GradingJobData,
        singletonKey: regradeItemJobKey(regradeItemId),
        priority: REGRADE_PRIORITY,
      })),
    );
  }
  wakeGradingWorkers();
}

/** Enqueues applying a regrade (run `run`: each apply started gets its own job) at regrade priority. */
export async function enqueueRegradeApply(regradeId: string, run: number): Promise<void> {
  const boss = await getGradingQueue();
  await boss.send(GRADING_QUEUE, { regradeId } satisfies GradingJobData, {
    id: uuidFrom(`${regradeApplyJobKey(regradeId)}:${run}`),
    singletonKey: regradeApplyJobKey(regradeId),
    priority: REGRADE_PRIORITY,
  });
  wakeGradingWorkers();
}

/** Registers a callback run whenever this process enqueues grading work; returns the unregister function. */
export function onGradingEnqueued(wake: () => void): () => void {
  const wakers = (holder.__gradingWake ??= new Set());
  wakers.add(wake);
  return () => wakers.delete(wake);
}

/** Wakes this process's grading workers (in-process enqueue; other machines hear the NOTIFY). */
export function wakeGradingWorkers(): void {
  for (const wake of holder.__gradingWake ?? []) wake();
}
