import crypto from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { createServerDatabase } from "../support/server-database";
import { openDatabase, type Database } from "@/server/db/open-database";
import { env } from "@/server/env";
import { countdownSolution } from "./fixtures";

// The fault test from issue 7: SIGKILL the real app while submissions are queued and running, start it again on
// the same data, and every submission must end final exactly once. Against PostgreSQL too when
// TEST_DATABASE_URL is set (a fresh database on that server).
const serverUrl = env().TEST_APP_DATABASE_URL ?? env().TEST_DATABASE_URL;
let app: RunningApp | undefined;
let databaseUrl: string | undefined;
let dropDatabase = async () => {};

afterAll(async () => {
  await app?.stop("SIGKILL");
  await dropDatabase();
});

const wrongCountdown = "def countdown(n):\n    return list(range(n, 0, -1))\n";
// A correct answer that takes 1.5 s to load, so the SIGKILL reliably lands while one is being graded.
const slowCountdown = `import time\ntime.sleep(1.5)\n${countdownSolution}`;

async function api(base: string, pathname: string, init: RequestInit & { token?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await fetch(`${base}${pathname}`, { ...init, headers });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> };
}

async function learnerToken(base: string, n: number): Promise<string> {
  const email = `kill-${n}-${crypto.randomBytes(4).toString("hex")}@example.test`;
  const password = "correct horse battery staple";
  const signup = await api(base, "/api/users", {
    method: "POST",
    body: JSON.stringify({ name: `Learner ${n}`, email, password, role: "student" }),
  });
  expect(signup.status).toBe(201);
  const token = await api(base, "/api/tokens", { method: "POST", body: JSON.stringify({ email, password }) });
  expect(token.status).toBe(201);
  return token.body.token as string;
}

async function freshServerDatabase(): Promise<string> {
  const created = await createServerDatabase(serverUrl!, "test_kill");
  dropDatabase = created.drop;
  return created.url;
}

describe("grading survives the app being killed", () => {
  it("grades every submission exactly once after a SIGKILL mid-grading and a restart", async () => {
    const appEnv: Record<string, string> = { GRADER_CONCURRENCY: "1" };
    if (serverUrl) {
      databaseUrl = await freshServerDatabase();
      appEnv.DATABASE_URL = databaseUrl;
      appEnv.NEXTAUTH_SECRET = crypto.randomBytes(32).toString("hex");
    }
    app = await startApp({ env: appEnv });
    const { baseUrl, dataDir } = app;

    const tokens = await Promise.all([1, 2, 3].map((n) => learnerToken(baseUrl, n)));
    const submitted: Array<{ id: string; token: string; correct: boolean }> = [];
    for (const token of tokens) {
      for (const correct of [true, false, true]) {
        const response = await api(baseUrl, "/api/exercises/countdown/submissions", {
          method: "POST",
          token,
          body: JSON.stringify({ code: correct ? slowCountdown : wrongCountdown }),
        });
        expect(response.status).toBe(202);
        expect(response.body.status).toBe("queued");
        submitted.push({ id: response.body.id as string, token, correct });
      }
    }

    // Kill while one is running and others are still queued.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const states = await Promise.all(
        submitted.map(async ({ id, token }) => (await api(baseUrl, `/api/submissions/${id}`, { token })).body.status),
      );
      if (states.includes("running") && states.includes("queued")) break;
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await app.stop("SIGKILL");
    app = undefined; // a killed child has no exit code, so stopping it again would wait forever

    // Which submissions the killed app left mid-grading: the restarted one must grade each of them again.
    const killed = databaseUrl
      ? await openDatabase({ mode: "server", connectionString: databaseUrl })
      : await openDatabase({ mode: "embedded", dataDir: path.join(dataDir, "pglite") });
    const interrupted = (
      await killed.prisma.submission.findMany({ where: { status: "running" }, select: { id: true } })
    ).map((row) => row.id);
    await killed.close();
    expect(interrupted.length).toBeGreaterThan(0);

    app = await startApp({ dataDir, env: appEnv });
    const restartedUrl = app.baseUrl;
    const finalDeadline = Date.now() + 120_000;
    let finals: Array<Record<string, unknown>> = [];
    for (;;) {
      finals = await Promise.all(
        submitted.map(async ({ id, token }) => (await api(restartedUrl, `/api/submissions/${id}`, { token })).body),
      );
      if (finals.every((body) => body.status === "graded" || body.status === "error")) break;
      expect(Date.now(), JSON.stringify(finals.map((body) => body.status))).toBeLessThan(finalDeadline);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Every one was graded (none given up), and graded right.
    for (const [i, body] of finals.entries()) {
      expect(body.status).toBe("graded");
      expect(body.score).toBe(submitted[i].correct ? 10 : 0);
      expect(body.max_score).toBe(10);
      expect((body.result as { status: string }).status).toBe(submitted[i].correct ? "pass" : "fail");
    }

    // Live status over server-sent events, on the restarted app: queued/running ... graded, then the stream ends.
    const extra = await api(restartedUrl, "/api/exercises/countdown/submissions", {
      method: "POST",
      token: tokens[0],
      body: JSON.stringify({ code: countdownSolution }),
    });
    const events = await fetch(`${restartedUrl}/api/submissions/${extra.body.id}/events`, {
      headers: { authorization: `Bearer ${tokens[0]}` },
    });
    expect(events.headers.get("content-type")).toMatch(/text\/event-stream/);
    const text = await events.text(); // ends when the submission is final
    const statuses = [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1]).status);
    expect(statuses.at(-1)).toBe("graded");
    expect(new Set(statuses).size).toBe(statuses.length);

    await app.stop("SIGTERM");
    app = undefined;

    // The database: each submission claimed at least once, the killed one again, and progress counted each once.
    let database: Database;
    if (databaseUrl) database = await openDatabase({ mode: "server", connectionString: databaseUrl });
    else database = await openDatabase({ mode: "embedded", dataDir: path.join(dataDir, "pglite") });
    try {
      const rows = await database.prisma.submission.findMany({ select: { id: true, userId: true, gradingRuns: true, status: true, score: true } });
      const ours = rows.filter((row) => submitted.some((item) => item.id === row.id));
      expect(ours).toHaveLength(9);
      expect(ours.map((row) => row.gradingRuns).every((runs) => runs >= 1), JSON.stringify(ours)).toBe(true);
      for (const row of ours.filter((row) => interrupted.includes(row.id))) {
        expect(row.gradingRuns, "a submission killed mid-grading is graded again").toBeGreaterThanOrEqual(2);
      }
      const progress = await database.prisma.exerciseProgress.findMany();
      for (const userId of new Set(rows.map((row) => row.userId))) {
        const learnerRows = rows.filter((row) => row.userId === userId);
        const mine = progress.find((row) => row.userId === userId);
        expect(mine?.attempts).toBe(learnerRows.length);
        expect(mine?.failedAttempts).toBe(learnerRows.filter((row) => row.score !== 10).length);
        expect(mine?.bestScore).toBe(10);
      }
    } finally {
      await database.close();
    }
  }, 400_000);
});
