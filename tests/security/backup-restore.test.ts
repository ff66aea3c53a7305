import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/server/db/open-database";
import { applyMigrations } from "@/server/db/apply-migrations";
import { acquireDataDirLock } from "@/server/db/data-dir-lock";
import { env } from "@/server/env";
import { runScript } from "./script-runner";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pygrade-backup-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Rows a backup must carry: accounts, classes, enrollments, tokens and learner work, with text that needs care. */
async function seed(database: Database): Promise<void> {
  await applyMigrations(database.sql);
  const { prisma } = database;
  const teacher = await prisma.user.create({
    data: { email: "teacher@example.com", name: "Grace <b>Hopper</b>", role: "teacher", passwordHash: "scrypt$x" },
  });
  const student = await prisma.user.create({
    data: { email: "student@example.com", name: "Zoë 'quote' \"double\"", role: "student", passwordHash: "scrypt$y" },
  });
  const classroom = await prisma.classroom.create({ data: { name: "Period 1 ☕", ownerId: teacher.id, joinCode: "ABCD-1234" } });
  await prisma.enrollment.create({ data: { classId: classroom.id, userId: student.id } });
  await prisma.apiToken.create({ data: { userId: student.id, name: "laptop", tokenHash: "f".repeat(64), prefix: "pgr_abcdef" } });
  const exercise = await prisma.exercise.create({
    data: {
      slug: "countdown", title: "Countdown", summary: "", step: "generators", stepOrder: 1, difficulty: "easy",
      topics: ["yield"], points: 10, order: 1, promptMarkdown: "# Count", starter: "def countdown(n):\n    pass\n",
      hints: ["use yield"], contentHash: "h1",
    },
  });
  await prisma.submission.create({
    data: {
      userId: student.id, exerciseId: exercise.id, code: "print('<script>alert(1)</script>')\n", status: "graded",
      score: 10, maxScore: 10, result: { tests: [{ name: "test_a", passed: true }] }, contentHash: "h1",
    },
  });
}

const tables = ["User", "Classroom", "Enrollment", "ApiToken", "Exercise", "Submission", "_prisma_migrations"];

/** Every row of the seeded tables, in a stable order, as one comparable value. */
async function snapshot(database: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    out[table] = await database.sql.query(`SELECT * FROM "${table}" ORDER BY 1, 2`);
  }
  return out;
}

describe("embedded (PGlite) backup and restore", () => {
  const source = path.join(scratch, "source", "pglite");
  const backupFile = path.join(scratch, "embedded.tar.gz");

  it("round-trips every row into a fresh data directory", async () => {
    const database = await openDatabase({ mode: "embedded", dataDir: source });
    await seed(database);
    const before = await snapshot(database);
    await database.close();
    expect(before.User).toHaveLength(2);

    const backup = await runScript("scripts/db-backup.ts", [backupFile], { DATABASE_URL: `pglite:${source}` });
    expect(backup.output).toContain("Backed up");
    expect(backup.code).toBe(0);
    expect(fs.statSync(backupFile).mode & 0o077).toBe(0); // holds password hashes: owner-only

    const target = path.join(scratch, "restored", "pglite");
    const restore = await runScript("scripts/db-restore.ts", [backupFile], { DATABASE_URL: `pglite:${target}` });
    expect(restore.output).toContain("Restored");
    expect(restore.code).toBe(0);

    const restored = await openDatabase({ mode: "embedded", dataDir: target });
    try {
      expect(await snapshot(restored)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 180_000);

  it("refuses to back up while another process holds the database, and to restore over a non-empty directory", async () => {
    // This test process stands in for a running app: it holds the data directory's lock.
    const lock = await acquireDataDirLock(path.dirname(source));
    try {
      const refused = await runScript("scripts/db-backup.ts", [path.join(scratch, "while-running.tar.gz")], {
        DATABASE_URL: `pglite:${source}`,
      });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/already open in process/);
      expect(fs.existsSync(path.join(scratch, "while-running.tar.gz"))).toBe(false);
    } finally {
      await lock.release();
    }

    const overExisting = await runScript("scripts/db-restore.ts", [backupFile], { DATABASE_URL: `pglite:${source}` });
    expect(overExisting.code).toBe(1);
    expect(overExisting.output).toMatch(/is not empty/);
  }, 120_000);
});

describe.skipIf(!env().TEST_DATABASE_URL)("PostgreSQL server backup (pg_dump) and restore (pg_restore)", () => {
  const serverUrl = env().TEST_DATABASE_URL!;
  const names = [`backup_src_${crypto.randomBytes(4).toString("hex")}`, `backup_dst_${crypto.randomBytes(4).toString("hex")}`];
  const urlFor = (name: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
  afterAll(async () => {
    for (const name of names) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("round-trips every row into a new database, and refuses a non-empty one without --clean", async () => {
    for (const name of names) await admin(`CREATE DATABASE ${name}`);
    const source = await openDatabase({ mode: "server", connectionString: urlFor(names[0]) });
    await seed(source);
    const before = await snapshot(source);
    await source.close();

    const backupFile = path.join(scratch, "server.dump");
    const backup = await runScript("scripts/db-backup.ts", [backupFile], { DATABASE_URL: urlFor(names[0]) });
    expect(backup.output).toContain("Backed up");
    expect(backup.code).toBe(0);

    const restore = await runScript("scripts/db-restore.ts", [backupFile], { DATABASE_URL: urlFor(names[1]) });
    expect(restore.output).toContain("Restored");
    expect(restore.code).toBe(0);
    const restored = await openDatabase({ mode: "server", connectionString: urlFor(names[1]) });
    try {
      expect(await snapshot(restored)).toEqual(before);
    } finally {
      await restored.close();
    }

    const again = await runScript("scripts/db-restore.ts", [backupFile], { DATABASE_URL: urlFor(names[1]) });
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/not empty/);
    const clean = await runScript("scripts/db-restore.ts", [backupFile, "--clean"], { DATABASE_URL: urlFor(names[1]) });
    expect(clean.code).toBe(0);
  }, 180_000);
});
