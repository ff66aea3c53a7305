import "server-only";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { acquireDataDirLock } from "./data-dir-lock";
import type { DatabaseTarget } from "./database-url";

/**
 * Backs the database up to `file`. Embedded: PGlite's `dumpDataDir` as a gzipped tar of the data directory, taken
 * under the directory's lock, so it refuses while the app has the database open (PGlite has one process at a
 * time; stop the app, back up, start it again). Server: `pg_dump -Fc`, which is consistent while the app runs.
 * The file is written beside its final name and renamed, so a failed backup never leaves a truncated file.
 */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    if (target.mode === "embedded") {
      const dataDir = requireDataDir(target);
      if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`There is no embedded database in ${dataDir}.`);
      const lock = await acquireDataDirLock(path.dirname(dataDir));
      try {
        const pglite = new PGlite(dataDir);
        try {
          await pglite.waitReady;
          const dump = await pglite.dumpDataDir("gzip");
          fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
        } finally {
          await pglite.close();
        }
      } finally {
        await lock.release();
      }
    } else {
      runPgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`], target.connectionString);
    }
    // It holds password hashes and every learner's work: readable by its owner only.
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Restores a backup made by `backupDatabase`. Embedded: into an empty or missing data directory only (move the old
 * one aside first). Server: into an empty database, or over an existing one with `clean` (pg_restore --clean).
 */
export async function restoreDatabase(target: DatabaseTarget, file: string, { clean = false } = {}): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`The backup file ${file} does not exist.`);
  if (target.mode === "embedded") {
    const dataDir = requireDataDir(target);
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} is not empty. Move it aside (or point DATABASE_URL at a new directory) and run the restore again.`);
    }
    const lock = await acquireDataDirLock(path.dirname(dataDir));
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      const pglite = new PGlite(dataDir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
      try {
        await pglite.waitReady;
        // A backup of something else (or a damaged file) fails here rather than at the app's next start.
        await pglite.query(`SELECT count(*) FROM "_prisma_migrations"`);
      } finally {
        await pglite.close();
      }
    } catch (error) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw error;
    } finally {
      await lock.release();
    }
    return;
  }
  if (!clean) {
    const client = new pg.Client({ connectionString: target.connectionString });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(
        `SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
      );
      if (Number(rows[0].count) > 0) {
        throw new Error("The target database is not empty. Restore into a new database, or pass --clean to replace its contents.");
      }
    } finally {
      await client.end();
    }
  }
  runPgTool(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", ...(clean ? ["--clean", "--if-exists"] : []), file],
    target.connectionString,
  );
}

function requireDataDir(target: Extract<DatabaseTarget, { mode: "embedded" }>): string {
  if (!target.dataDir) throw new Error("An in-memory database (pglite:memory) has nothing to back up or restore.");
  return target.dataDir;
}

// The connection goes to pg_dump/pg_restore through PG* variables, so the password never shows in `ps` output.
function runPgTool(tool: "pg_dump" | "pg_restore", args: string[], connectionString: string): void {
  const url = new URL(connectionString);
  const env: NodeJS.ProcessEnv = {
    // eslint-disable-next-line no-restricted-properties -- passes this process's environment on to pg_dump/pg_restore
    ...process.env,
    PGHOST: decodeURIComponent(url.hostname) || "localhost",
    PGPORT: url.port || "5432",
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    ...(url.username ? { PGUSER: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
    ...(url.searchParams.get("sslmode") ? { PGSSLMODE: url.searchParams.get("sslmode")! } : {}),
  };
  const dbArgs = tool === "pg_restore" ? ["--dbname", env.PGDATABASE!] : [];
  const result = spawnSync(tool, [...dbArgs, ...args], { env, encoding: "utf8" });
  if (result.error) {
    throw new Error(`${tool} could not run (${result.error.message}). Install the PostgreSQL client tools (Debian: postgresql-client).`);
  }
  if (result.status !== 0) throw new Error(`${tool} failed:\n${result.stderr.trim()}`);
}
