import crypto from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/server/db/apply-migrations";
import { openDatabase, type Database } from "@/server/db/open-database";
import { closeDatabase, installDatabase } from "@/server/db";

/**
 * A fresh, migrated database for one test file, installed as the process's database. Embedded PGlite in memory by
 * default; with TEST_DATABASE_URL=postgresql://... (CI runs both) a new database is created on that server and
 * dropped afterwards.
 */
export async function createTestDatabase(): Promise<Database & { dispose(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let drop: () => Promise<void> = async () => {};
  if (serverUrl) {
    const name = `test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ mode: "server", connectionString: url.toString() });
    drop = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    database = await openDatabase({ mode: "embedded", dataDir: null });
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
