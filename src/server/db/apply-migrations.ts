import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlRunner } from "./sql-runner";

export const migrationsDir = path.resolve("prisma/migrations");

/** Prisma's own advisory lock key, so this runner and `prisma migrate` never apply at the same time. */
const MIGRATION_LOCK_KEY = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** The committed migrations, in the order Prisma applies them (folder names sort by timestamp). */
export function readMigrations(dir = migrationsDir): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies the committed `prisma/migrations/<name>/migration.sql` files that are not yet applied, each in its own
 * transaction, recording them in Prisma's `_prisma_migrations` table with Prisma's columns and checksum.
 * Works offline on PGlite and PostgreSQL; `prisma migrate deploy` would need a downloaded native engine.
 */
export async function applyMigrations(sql: SqlRunner, dir = migrationsDir): Promise<string[]> {
  await sql.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  await sql.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    const rows = await sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const newlyApplied: string[] = [];
    for (const migration of readMigrations(dir)) {
      const known = applied.get(migration.name);
      if (known !== undefined) {
        if (known !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was edited after it was applied (checksum differs). Create a new migration instead.`,
          );
        }
        continue;
      }
      await sql.exec(`BEGIN;\n${migration.sql}\n;\n${recordStatement(migration)}\nCOMMIT;`).catch(async (error) => {
        await sql.exec("ROLLBACK").catch(() => {});
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      });
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await sql.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

function recordStatement(migration: MigrationFile): string {
  const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
  return `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
    VALUES (${quote(crypto.randomUUID())}, ${quote(migration.checksum)}, ${quote(migration.name)}, now(), now(), 1);`;
}
