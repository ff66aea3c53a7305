// `npm run bench:web`: how fast the teacher's class page is for a big class. Seeds 300 students x 30 assigned
// exercises with 50,000 graded submissions into a fresh embedded database (set-based INSERT ... SELECT, a few
// seconds), then times the class-progress computation, the struggling list, the CSV export and the per-item
// insight, counting the SQL statements each one sends. With `--http` (needs a `next build`), it also starts the app
// on the seeded database and times full renders of the class page over HTTP.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase } from "@/server/db/open-database";
import { applyMigrations } from "@/server/db/apply-migrations";
import { installDatabase, closeDatabase } from "@/server/db";
import { createUser } from "@/server/auth/users";
import { getClassProgress } from "@/server/classes/class-progress";
import { findStrugglingStudents } from "@/server/classes/struggling-students";
import { classProgressCsv } from "@/server/classes/class-progress-csv";
import { getItemInsight } from "@/server/classes/item-insight";
import { generateJoinCode } from "@/server/classes/join-code";

const STUDENTS = 300;
const ITEMS = 30;
const SUBMISSIONS = 50_000;
const RUNS = 7;
const withHttp = process.argv.includes("--http");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pygrade-bench-web-"));
const database = await openDatabase({ mode: "embedded", dataDir: path.join(dataDir, "pglite") });
installDatabase(database);
await applyMigrations(database.sql);

let statements = 0;
const pglite = database.pglite!;
for (const method of ["query", "exec"] as const) {
  const original = pglite[method].bind(pglite) as (...args: unknown[]) => Promise<unknown>;
  (pglite as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
    statements += 1;
    return original(...args);
  };
}

const seedStart = performance.now();
const teacher = await createUser({ name: "Bench Teacher", email: "bench-teacher@example.com", password: "bench-password", role: "teacher" });
const classId = "bench-class";
const sql = database.sql;
await sql.query(`INSERT INTO "Classroom" (id, name, "ownerId", "joinCode") VALUES ($1, 'Bench class', $2, $3)`, [classId, teacher.id, generateJoinCode()]);
await sql.exec(`
  INSERT INTO "User" (id, email, name, role, "passwordHash")
    SELECT 'stu-' || i, 'student' || i || '@example.com', 'Student ' || lpad(i::text, 3, '0'), 'student', 'x'
    FROM generate_series(1, ${STUDENTS}) i;
  INSERT INTO "Enrollment" ("classId", "userId", "joinedAt")
    SELECT '${classId}', 'stu-' || i, now() - interval '30 days' FROM generate_series(1, ${STUDENTS}) i;
  INSERT INTO "Exercise" (id, slug, title, summary, step, "stepOrder", difficulty, topics, points, "order",
      "promptMarkdown", starter, hints, "contentHash", "updatedAt")
    SELECT 'ex-' || i, 'bench-exercise-' || i, 'Exercise ' || i, '', 'bench', 1, 'easy', '{}', 10, i, '', '', '{}', 'h', now()
    FROM generate_series(1, ${ITEMS}) i;
  INSERT INTO "Assignment" (id, "classId", "exerciseId", "dueAt")
    SELECT 'as-' || i, '${classId}', 'ex-' || i, now() - interval '20 days' + i * interval '1 day' FROM generate_series(1, ${ITEMS}) i;
  -- Submission k goes to student (k mod 300) on item (k / 300 mod 30); scores climb with the attempt number.
  INSERT INTO "Submission" (id, "userId", "exerciseId", code, status, score, "maxScore", result, "contentHash",
      "createdAt", "finishedAt", "durationMs")
    SELECT 'sub-' || k, 'stu-' || (1 + k % ${STUDENTS}), 'ex-' || (1 + (k / ${STUDENTS}) % ${ITEMS}),
      'def solve(n):' || chr(10) || '    return n * ' || k || chr(10), 'graded', passed * 2.5, 10,
      jsonb_build_object('version', 3, 'status', CASE WHEN passed = 4 THEN 'pass' ELSE 'fail' END, 'score', passed * 2.5,
        'max_score', 10, 'duration_ms', 140, 'tests', jsonb_build_array(
          jsonb_build_object('name', 'test_basic', 'status', CASE WHEN passed >= 1 THEN 'pass' ELSE 'fail' END),
          jsonb_build_object('name', 'test_empty', 'status', CASE WHEN passed >= 2 THEN 'pass' ELSE 'fail' END, 'message', 'AssertionError'),
          jsonb_build_object('name', 'test_large', 'status', CASE WHEN passed >= 3 THEN 'pass' ELSE 'fail' END),
          jsonb_build_object('name', 'test_order', 'status', CASE WHEN passed >= 4 THEN 'pass' ELSE 'fail' END))),
      'h', created, created, 140
    FROM (
      SELECT k, least(4, (k / (${STUDENTS} * ${ITEMS})) + (k % 3)) AS passed,
        now() - interval '25 days' + (k * interval '40 seconds') AS created
      FROM generate_series(0, ${SUBMISSIONS - 1}) k
    ) s;
  INSERT INTO "ExerciseProgress" ("userId", "exerciseId", "bestScore", "maxScore", attempts, "failedAttempts",
      "firstSolvedAt", "solvedOnAttempt", "lastSubmittedAt")
    SELECT "userId", "exerciseId", max(score), 10, count(*), count(*) FILTER (WHERE score < 10),
      min("createdAt") FILTER (WHERE score >= 10),
      (count(*) FILTER (WHERE "createdAt" <= coalesce(solved_at, '-infinity')))::int
        * CASE WHEN solved_at IS NULL THEN NULL ELSE 1 END,
      max("createdAt")
    FROM (
      SELECT s.*, min("createdAt") FILTER (WHERE score >= 10) OVER (PARTITION BY "userId", "exerciseId") AS solved_at
      FROM "Submission" s
    ) s GROUP BY "userId", "exerciseId", solved_at;
  ANALYZE;
`);
const seedMs = performance.now() - seedStart;
const viewer = teacher;

async function measure<T>(label: string, run: () => Promise<T>): Promise<T> {
  await run(); // warm-up: the first run pays for query planning and JIT
  const times: number[] = [];
  let perRun = 0;
  let result!: T;
  for (let index = 0; index < RUNS; index += 1) {
    const before = statements;
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
    perRun = statements - before;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} median ${times[Math.floor(RUNS / 2)].toFixed(1).padStart(7)} ms   max ${times[RUNS - 1].toFixed(1).padStart(7)} ms   ${perRun} SQL statements`,
  );
  return result;
}

console.log(`Seeded ${STUDENTS} students x ${ITEMS} items, ${SUBMISSIONS.toLocaleString("en")} submissions in ${(seedMs / 1000).toFixed(1)} s (embedded PGlite)`);
const progress = await measure("class progress (matrix+summaries)", () => getClassProgress(viewer, classId));
await measure("struggling students", async () => findStrugglingStudents(await getClassProgress(viewer, classId)));
const csv = await measure("CSV export", () => classProgressCsv(viewer, classId));
await measure("per-item insight", () => getItemInsight(viewer, classId, "bench-exercise-1"));
const cells = progress.students.length * progress.items.length;
console.log(`matrix: ${progress.students.length} x ${progress.items.length} = ${cells} cells; CSV ${(csv.csv.length / 1024).toFixed(0)} KB`);

await closeDatabase();

if (withHttp) {
  const { startApp } = await import("../tests/support/app-server");
  const app = await startApp({ dataDir });
  try {
    const tokenResponse = await fetch(`${app.baseUrl}/api/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "bench-teacher@example.com", password: "bench-password" }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    for (const [label, url] of [
      ["GET class page (HTML)", `/teach/classes/${classId}`],
      ["GET /api/classes/:id/progress", `/api/classes/${classId}/progress`],
      ["GET /api/classes/:id/progress.csv", `/api/classes/${classId}/progress.csv`],
    ] as const) {
      await fetch(app.baseUrl + url, { headers }).then((response) => response.arrayBuffer());
      const times: number[] = [];
      let bytes = 0;
      let status = 0;
      for (let index = 0; index < RUNS; index += 1) {
        const start = performance.now();
        const response = await fetch(app.baseUrl + url, { headers });
        bytes = (await response.arrayBuffer()).byteLength;
        status = response.status;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(34)} median ${times[Math.floor(RUNS / 2)].toFixed(1).padStart(7)} ms   max ${times[RUNS - 1].toFixed(1).padStart(7)} ms   HTTP ${status}, ${(bytes / 1024).toFixed(0)} KB`,
      );
    }
  } finally {
    await app.stop();
  }
} else {
  console.log("(add --http after a `next build` to time the full page render over HTTP)");
}
fs.rmSync(dataDir, { recursive: true, force: true });
