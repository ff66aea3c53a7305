import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, migrationsDir, readMigrations } from "@/server/db/apply-migrations";
import { createTestDatabase } from "../support/test-database";

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

describe("applyMigrations", () => {
  it("creates every table of the schema and records each migration the way Prisma does", async () => {
    const db = await createTestDatabase();
    dispose = db.dispose;
    const tables = await db.sql.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    const names = tables.map((row) => row.table_name);
    for (const table of ["User", "Submission", "ExerciseProgress", "Classroom", "_prisma_migrations"]) {
      expect(names).toContain(table);
    }
    const recorded = await db.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(recorded.map((row) => [row.migration_name, row.checksum])).toEqual(
      readMigrations().map((migration) => [migration.name, migration.checksum]),
    );
    expect(recorded.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const db = await createTestDatabase();
    dispose = db.dispose;
    expect(await applyMigrations(db.sql)).toEqual([]);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const db = await createTestDatabase();
    dispose = db.dispose;
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(migrationsDir, copy, { recursive: true });
    const first = readMigrations(copy)[0];
    fs.appendFileSync(path.join(copy, first.name, "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations(db.sql, copy)).rejects.toThrow(/edited after it was applied/);
  });

  it("applies a new migration and leaves nothing behind when one fails", async () => {
    const db = await createTestDatabase();
    dispose = db.dispose;
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(migrationsDir, copy, { recursive: true });
    fs.mkdirSync(path.join(copy, "99990101000000_good"));
    fs.writeFileSync(path.join(copy, "99990101000000_good", "migration.sql"), 'ALTER TABLE "User" ADD COLUMN "nickname" TEXT;');
    fs.mkdirSync(path.join(copy, "99990102000000_bad"));
    fs.writeFileSync(
      path.join(copy, "99990102000000_bad", "migration.sql"),
      'CREATE TABLE "Half" (id INT);\nALTER TABLE "NoSuchTable" ADD COLUMN x INT;',
    );
    await expect(applyMigrations(db.sql, copy)).rejects.toThrow(/99990102000000_bad failed/);
    const columns = await db.sql.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'User'",
    );
    expect(columns.map((row) => row.column_name)).toContain("nickname");
    const half = await db.sql.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'");
    expect(half).toHaveLength(0);
  });
});
