import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createServerDatabase } from "./server-database";
import { applyMigrations, readMigrations } from "@/server/db/apply-migrations";
import { openDatabase, type Database } from "@/server/db/open-database";
import { closeDatabase, installDatabase } from "@/server/db";
import { env } from "@/server/env";

/**
 * A migrated empty PGlite data directory, built once per set of migrations and cached in the temp folder: loading
 * it skips initdb and the migrations, which is most of the cost of a fresh embedded database.
 */
async function migratedSnapshot(): Promise<Blob> {
  const key = crypto
    .createHash("sha256")
    .update(readMigrations().map((migration) => migration.checksum).join(","))
    .digest("hex")
    .slice(0, 16);
  const file = path.join(os.tmpdir(), `pygrade-test-snapshot-${key}.tar.gz`);
  if (!fs.existsSync(file)) {
    const database = await openDatabase({ mode: "embedded", dataDir: null });
    await applyMigrations(database.sql);
    const dump = await database.pglite!.dumpDataDir("gzip");
    await database.close();
    // Written under a unique name and renamed, so parallel test files never read a half-written snapshot.
    const partial = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
  }
  return new Blob([fs.readFileSync(file)]);
}

/**
 * A fresh, migrated database for one test file, installed as the process's database. Embedded PGlite in memory by
 * default; with TEST_DATABASE_URL=postgresql://... (CI runs both) a new database is created on that server and
 * dropped afterwards.
 */
export async function createTestDatabase(): Promise<Database & { dispose(): Promise<void> }> {
  const serverUrl = env().TEST_DATABASE_URL;
  let database: Database;
  let drop: () => Promise<void> = async () => {};
  if (serverUrl) {
    const created = await createServerDatabase(serverUrl, "test");
    database = await openDatabase({ mode: "server", connectionString: created.url });
    drop = created.drop;
  } else {
    database = await openDatabase({ mode: "embedded", dataDir: null }, { loadDataDir: await migratedSnapshot() });
  }
  await applyMigrations(database.sql);
  installDatabase(database);
  return {
    ...database,
    dispose: async () => {
      await closeDatabase();
      await drop();
    },
  };
}
