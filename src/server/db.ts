import "server-only";
import path from "node:path";
import { acquireDataDirLock, type DataDirLock } from "./db/data-dir-lock";
import { parseDatabaseUrl } from "./db/database-url";
import { openDatabase, type Database } from "./db/open-database";
import { env } from "./env";

// One database per process, shared by Next's bundled route handlers and the start script's worker through
// globalThis (they load separate copies of this module).
const holder = globalThis as typeof globalThis & { __appDatabase?: Promise<Database>; __appDatabaseLock?: DataDirLock };

/** The process's one database (Prisma client, raw SQL, pg-boss handles), opened on first use. */
export function getDatabase(): Promise<Database> {
  holder.__appDatabase ??= openAppDatabase();
  return holder.__appDatabase;
}

/** The process's Prisma client. */
export async function getDb() {
  return (await getDatabase()).prisma;
}

/** Installs an already-open database as the process's one (start-up and tests). */
export function installDatabase(database: Database): void {
  holder.__appDatabase = Promise.resolve(database);
}

/** Closes the process's database, if one was opened. */
export async function closeDatabase(): Promise<void> {
  const current = holder.__appDatabase;
  holder.__appDatabase = undefined;
  if (current) await (await current).close();
  const lock = holder.__appDatabaseLock;
  holder.__appDatabaseLock = undefined;
  await lock?.release();
}

async function openAppDatabase(): Promise<Database> {
  const target = parseDatabaseUrl(env().DATABASE_URL);
  const lock = target.mode === "embedded" && target.dataDir ? await acquireDataDirLock(path.dirname(target.dataDir)) : undefined;
  try {
    const database = await openDatabase(target);
    holder.__appDatabaseLock = lock;
    return database;
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
