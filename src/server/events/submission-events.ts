import "server-only";
import pg from "pg";
import { getDatabase } from "../db";
import type { Database } from "../db/open-database";
import { logger } from "../logger";
import type { SubmissionStatus } from "@/generated/prisma/enums";

/** The PostgreSQL NOTIFY channel that carries every submission status change. */
export const SUBMISSION_STATUS_CHANNEL = "submission_status";

/** One status change of one submission, as NOTIFY carries it. */
export interface SubmissionStatusEvent {
  id: string;
  status: SubmissionStatus;
}

type Listener = (event: SubmissionStatusEvent) => void;

/** Anything that can run SQL inside the caller's transaction (a Prisma transaction client). */
interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/**
 * Announces a status change from inside the transaction that makes it: PostgreSQL delivers the NOTIFY only when
 * the transaction commits, so no listener hears of a change that was rolled back.
 */
export async function notifySubmissionStatus(tx: RawExecutor, event: SubmissionStatusEvent): Promise<void> {
  await tx.$executeRawUnsafe("SELECT pg_notify($1, $2)", SUBMISSION_STATUS_CHANNEL, JSON.stringify(event));
}

interface Hub {
  listeners: Set<Listener>;
  started: Promise<() => Promise<void>>;
}

const holder = globalThis as typeof globalThis & { __submissionEventHub?: Hub };

/**
 * Calls `listener` for every submission status change committed by any process on this database (one LISTEN per
 * process, fanned out). Resolves once listening, so a caller that reads the current state afterwards misses
 * nothing. Returns the unsubscribe function.
 */
export async function subscribeToSubmissionEvents(listener: Listener): Promise<() => void> {
  const hub = (holder.__submissionEventHub ??= createHub());
  hub.listeners.add(listener);
  try {
    await hub.started;
  } catch (error) {
    hub.listeners.delete(listener);
    holder.__submissionEventHub = undefined;
    throw error;
  }
  return () => hub.listeners.delete(listener);
}

/** Stops this process's LISTEN (shutdown and tests). */
export async function closeSubmissionEvents(): Promise<void> {
  const hub = holder.__submissionEventHub;
  holder.__submissionEventHub = undefined;
  if (hub) await (await hub.started.catch(() => async () => {}))();
}

function createHub(): Hub {
  const listeners = new Set<Listener>();
  const dispatch = (payload: string | undefined) => {
    let event: SubmissionStatusEvent;
    try {
      event = JSON.parse(payload ?? "");
    } catch {
      return;
    }
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        logger.error({ err: error }, "submission event listener failed");
      }
    }
  };
  return { listeners, started: getDatabase().then((database) => listen(database, dispatch)) };
}

async function listen(database: Database, dispatch: (payload: string | undefined) => void) {
  if (database.pglite) {
    // In-process: the one PGlite instance delivers its own NOTIFYs to its listeners.
    const unlisten = await database.pglite.listen(SUBMISSION_STATUS_CHANNEL, dispatch);
    return async () => {
      if (!database.pglite!.closed) await unlisten();
    };
  }
  // A pooled connection cannot hold a LISTEN, so the hub keeps one dedicated client and reconnects it.
  const connectionString = database.target.mode === "server" ? database.target.connectionString : "";
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString, application_name: "pygrade-listen" });
    next.on("notification", (message) => {
      if (message.channel === SUBMISSION_STATUS_CHANNEL) dispatch(message.payload);
    });
    next.on("error", (error) => {
      logger.warn({ err: error }, "submission event listener lost its connection; reconnecting");
      next.end().catch(() => {});
      if (!closed) setTimeout(() => void connect().catch(() => {}), 1000).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${SUBMISSION_STATUS_CHANNEL}`);
    client = next;
  };
  await connect();
  return async () => {
    closed = true;
    await client?.end().catch(() => {});
  };
}
