import "server-only";
import { closeDatabase, getDatabase } from "./db";
import { applyMigrations } from "./db/apply-migrations";
import type { Database } from "./db/open-database";

/**
 * The one way an entry point (`npm start`, `npm run worker`, the admin and content commands) opens the process's
 * database: a clear message and exit status 1 when it cannot (a held lock, a bad DATABASE_URL, a server that is
 * down), never a stack trace; with `migrate`, the committed migrations applied first (their names returned).
 */
export async function openDatabaseForEntry({ migrate }: { migrate: boolean }): Promise<{ database: Database; applied: string[] }> {
  let database: Database;
  try {
    database = await getDatabase();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const applied = migrate ? await applyMigrations(database.sql) : [];
  return { database, applied };
}

/**
 * A one-shot command: its body runs with the database open (and migrated), the database is closed (its lock
 * released) whatever happens, and the process exits with the body's status; an error is printed as its message.
 */
export async function runCommand(body: (database: Database) => Promise<number | void>): Promise<never> {
  const { database } = await openDatabaseForEntry({ migrate: true });
  let status = 0;
  try {
    status = (await body(database)) ?? 0;
  } catch (error) {
    console.error((error as Error).message);
    status = 1;
  } finally {
    await closeDatabase();
  }
  process.exit(status);
}

/** A long-running process: on the first SIGINT or SIGTERM, `stop` runs, then the database closes and it exits 0. */
export function stopOnSignals(stop: (signal: string) => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await stop(signal);
    await closeDatabase();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
