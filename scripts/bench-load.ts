// `npm run bench:load`: N simulated learners sign up over the API, take tokens, and submit the `countdown` exercise
// through HTTP, each following its submission's live events to a final state before submitting again. Prints submissions/s, graded/s,
// submit->result latency percentiles, and whether every submission reached a final state exactly once.
// Starts the built app in embedded mode on a fresh data directory, or targets BASE_URL.
// LEARNERS (default 50) concurrent learners, SUBMISSIONS (default 500) in total.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { env } from "@/server/env";

const { LEARNERS: learners, SUBMISSIONS: total } = env();
const solution = fs.readFileSync(path.resolve("exercises/countdown/solution.py"), "utf8");

let app: ChildProcess | undefined;
let baseUrl = env().BASE_URL;
if (!baseUrl) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pygrade-bench-"));
  const port = 3900 + Math.floor(Math.random() * 500);
  baseUrl = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    // eslint-disable-next-line no-restricted-properties -- passes the environment on to the app under test
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `pglite:${path.join(dataDir, "pglite")}`, NODE_ENV: "production", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error("the app exited during start-up");
    const ok = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("the app did not start in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function call(pathname: string, init: RequestInit & { token?: string; ip?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  // Each simulated learner comes from its own address, as a class would through their own connections.
  if (init.ip) headers["x-forwarded-for"] = init.ip;
  const response = await fetch(`${baseUrl}${pathname}`, { ...init, headers });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown>, headers: response.headers };
}

async function signUp(n: number): Promise<string> {
  const email = `bench-${n}-${crypto.randomBytes(4).toString("hex")}@example.test`;
  const password = "bench password 123";
  const ip = `10.${(n >> 8) & 255}.${n & 255}.1`;
  const created = await call("/api/users", { method: "POST", ip, body: JSON.stringify({ name: `Bench ${n}`, email, password, role: "student" }) });
  if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${JSON.stringify(created.body)}`);
  const token = await call("/api/tokens", { method: "POST", ip, body: JSON.stringify({ email, password }) });
  if (token.status !== 201) throw new Error(`token failed: ${token.status}`);
  return token.body.token as string;
}

const tokens = await Promise.all(Array.from({ length: learners }, (_, n) => signUp(n)));
const latencies: number[] = [];
const finalStates = new Map<string, string>();
let duplicates = 0;
let refused = 0;
let errors = 0;
let next = 0;
const started = Date.now();

async function learner(token: string) {
  while (next < total) {
    next += 1;
    const t0 = performance.now();
    const submitted = await call("/api/exercises/countdown/submissions", { method: "POST", token, body: JSON.stringify({ code: solution }) });
    if (submitted.status === 429) {
      refused += 1;
      next -= 1;
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(submitted.headers.get("retry-after") ?? 1)));
      continue;
    }
    if (submitted.status !== 202) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
    const id = submitted.body.id as string;
    for (;;) {
      // Wait the way the exercise page does: the server-sent event stream ends once the submission is final.
      const events = await fetch(`${baseUrl}/api/submissions/${id}/events`, { headers: { authorization: `Bearer ${token}` } });
      await events.text();
      const state = await call(`/api/submissions/${id}`, { token });
      const status = state.body.status as string;
      if (status === "graded" || status === "error") {
        latencies.push(performance.now() - t0);
        if (finalStates.has(id)) duplicates += 1;
        finalStates.set(id, status);
        if (status === "error" || state.body.score !== state.body.max_score) errors += 1;
        break;
      }
    }
  }
}

await Promise.all(tokens.map((token) => learner(token)));
const seconds = (Date.now() - started) / 1000;
const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] / 1000).toFixed(2);
const health = await call("/api/health");
console.log(`\nbench:load: ${learners} learners, ${total} submissions of countdown (correct solution), ${os.availableParallelism()} cores`);
console.log(`  wall time            ${seconds.toFixed(1)} s`);
console.log(`  graded per second    ${(finalStates.size / seconds).toFixed(1)}`);
console.log(`  submit->result       p50 ${pct(50)} s   p95 ${pct(95)} s   p99 ${pct(99)} s`);
console.log(`  final states         ${finalStates.size} of ${total} (${[...finalStates.values()].filter((s) => s === "graded").length} graded, ${errors} not full marks or error)`);
console.log(`  refused (429)        ${refused}`);
console.log(`  exactly once         ${finalStates.size === total && duplicates === 0 ? "yes" : `NO (${duplicates} duplicates, ${total - finalStates.size} missing)`}`);
console.log(`  health after         ${JSON.stringify(health.body)}`);
if (app) {
  app.kill("SIGTERM");
  await new Promise((resolve) => app!.once("exit", resolve));
}
process.exit(finalStates.size === total && duplicates === 0 ? 0 : 1);
