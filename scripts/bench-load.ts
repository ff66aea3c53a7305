// usage: npm run bench:load [-- [--json] [--postgres postgresql://user:pass@host/db] [--only embedded|postgres]
//        [--learners N] [--submissions N] [--cpu-prof DIR]]
// N simulated learners sign up over the API, take tokens, and submit the `countdown` exercise through HTTP, each
// following its submission's live events (the stream the exercise page reads) to a final state before submitting
// again. For each database mode it starts the built app on a fresh database: embedded (PGlite in a temporary data
// directory, grading in the app's process) and, with --postgres, a fresh database on that server with the web app
// (EMBEDDED_WORKER=0) and a separate `npm run worker` process. Reports graded/s, submit->result percentiles, lost
// and duplicated submissions, the app's CPU per submission (utime + stime of the app process from /proc, counted
// over the submissions only, sign-ups excluded; the checkers and sandboxes are other processes), the app's resident
// memory idle (started, nothing graded yet) and at the peak, and the checkers' (PSS per checker process, and per
// concurrent run: the processes under one checker). Figures, not assertions; the exit status says only
// whether every submission reached a final state exactly once. With --json the last line is one JSON object:
// {load_average, cores, learners, submissions, modes: {<mode>: {graded_per_s, p50_s, p95_s, p99_s, lost,
// duplicates, app_cpu_ms_per_submission, worker_cpu_ms_per_submission, load_generator_cpu_ms_per_submission,
// machine_busy_cores, app_rss_idle_mb, app_rss_peak_mb, ...}}}.
// LEARNERS and SUBMISSIONS in the environment are the defaults of --learners and --submissions (50, 500).
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

import { env as appEnv } from "@/server/env";

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const asJson = args.includes("--json");
const learners = Number(option("learners") ?? appEnv().LEARNERS);
const total = Number(option("submissions") ?? appEnv().SUBMISSIONS);
const postgresUrl = option("postgres");
const only = option("only");
const cpuProfileDir = option("cpu-prof");
const solution = fs.readFileSync(path.resolve("exercises/countdown/solution.py"), "utf8");
const log = (line: string) => {
  if (!asJson) console.log(line);
};

const CLOCK_TICKS = 100; // USER_HZ on Linux
const PAGE_KB = 4;

/** utime + stime of one process, in ms. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** CPU time (ms) the whole machine has spent busy since boot (all cores; /proc/stat minus idle and iowait). */
function machineBusyMs(): number {
  const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].split(/\s+/).slice(1).map(Number);
  const busy = fields.reduce((sum, value) => sum + value, 0) - fields[3] - fields[4];
  return (busy * 1000) / CLOCK_TICKS;
}

/** Resident memory of one process in MB (0 once it is gone). */
function rssMb(pid: number): number {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");
    return (Number(statm[1]) * PAGE_KB) / 1024;
  } catch {
    return 0;
  }
}

/** Proportional set size in MB: shared pages (a fork server's children share its interpreter) counted once overall. */
function pssMb(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "";
  }
}

/** Every process's parent, read once per sample. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // exited while we looked
    }
  }
  return children;
}

function descendants(children: Map<number, number[]>, pid: number): number[] {
  const out: number[] = [];
  for (const child of children.get(pid) ?? []) out.push(child, ...descendants(children, child));
  return out;
}

/** Samples the app's (and worker's) resident memory, and its checkers' and their runs', until stopped. */
function memorySampler(pids: number[]) {
  const peak = { app: 0, checker: 0, run: 0, checkersTotal: 0 };
  const sample = () => {
    peak.app = Math.max(peak.app, rssMb(pids[0]));
    const children = parents();
    let checkersTotal = 0;
    for (const owner of pids) {
      for (const pid of descendants(children, owner)) {
        if (!commandOf(pid).includes("grader.checker_server")) continue;
        const own = pssMb(pid);
        if (own === 0) continue;
        // A run: the processes under a checker (its fork-server template or bubblewrap, the sandboxed runner), in
        // PSS, since a forked run shares most of its pages with the template.
        const run = descendants(children, pid).reduce((sum, child) => sum + pssMb(child), 0);
        peak.checker = Math.max(peak.checker, own);
        peak.run = Math.max(peak.run, run);
        checkersTotal += own + run;
      }
    }
    peak.checkersTotal = Math.max(peak.checkersTotal, checkersTotal);
  };
  const timer = setInterval(sample, 250);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

// The memory settings `npm start` and `npm run worker` run with (package.json; see the README's Sizing notes).
const PROCESS_ENV = { MALLOC_MMAP_THRESHOLD_: "131072" };
const NODE_FLAGS = ["--max-semi-space-size=4", "--conditions=react-server", "--import", "tsx"];

function startNode(script: string, env: Record<string, string>, profileName: string): ChildProcess {
  const flags = [...NODE_FLAGS];
  if (cpuProfileDir) flags.unshift("--cpu-prof", `--cpu-prof-dir=${path.resolve(cpuProfileDir)}`, `--cpu-prof-name=${profileName}.cpuprofile`);
  return spawn(process.execPath, [...flags, script], {
    // eslint-disable-next-line no-restricted-properties -- passes the environment on to the app and worker under test
    env: { ...process.env, ...PROCESS_ENV, ...env, NODE_ENV: "production", LOG_LEVEL: "warn" },
    stdio: ["ignore", asJson ? "ignore" : "inherit", "inherit"],
  });
}

async function waitHealthy(baseUrl: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error("the app exited during start-up");
    const ok = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error("the app did not start in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function runMode(mode: "embedded" | "postgres") {
  const port = 3900 + Math.floor(Math.random() * 500);
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pygrade-bench-"));
  let databaseName: string | undefined;
  const common = { PORT: String(port), HOST: "127.0.0.1" };
  let app: ChildProcess;
  let worker: ChildProcess | undefined;
  if (mode === "embedded") {
    app = startNode("scripts/start.ts", { ...common, DATABASE_URL: `pglite:${path.join(dataDir, "pglite")}` }, "app-embedded");
  } else {
    databaseName = `pygrade_bench_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    const url = new URL(postgresUrl!);
    url.pathname = `/${databaseName}`;
    const serverEnv = { DATABASE_URL: url.toString(), NEXTAUTH_SECRET: crypto.randomBytes(48).toString("base64url") };
    app = startNode("scripts/start.ts", { ...common, ...serverEnv, EMBEDDED_WORKER: "0" }, "app-postgres");
    // The worker starts once the app has migrated the database.
    await waitHealthy(baseUrl, app);
    worker = startNode("scripts/worker.ts", serverEnv, "worker-postgres");
  }
  try {
    await waitHealthy(baseUrl, app);
    // Idle: started and settled (a worker connected, the checkers spawned), nothing graded yet.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const idleRss = rssMb(app.pid!);
    const workerIdleRss = worker ? rssMb(worker.pid!) : null;
    const sampler = memorySampler(worker ? [app.pid!, worker.pid!] : [app.pid!]);
    const workerPeak = { rss: workerIdleRss ?? 0 };
    const workerTimer = worker ? setInterval(() => (workerPeak.rss = Math.max(workerPeak.rss, rssMb(worker.pid!))), 250) : undefined;

    const call = async (pathname: string, init: RequestInit & { token?: string; ip?: string } = {}) => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      // Each simulated learner comes from its own address, as a class would through their own connections.
      if (init.ip) headers["x-forwarded-for"] = init.ip;
      const response = await fetch(`${baseUrl}${pathname}`, { ...init, headers });
      return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown>, headers: response.headers };
    };
    const signUp = async (n: number): Promise<string> => {
      const email = `bench-${n}-${crypto.randomBytes(4).toString("hex")}@example.test`;
      const password = "bench password 123";
      const ip = `10.${(n >> 8) & 255}.${n & 255}.1`;
      const created = await call("/api/users", { method: "POST", ip, body: JSON.stringify({ name: `Bench ${n}`, email, password, role: "student" }) });
      if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${JSON.stringify(created.body)}`);
      const token = await call("/api/tokens", { method: "POST", ip, body: JSON.stringify({ email, password }) });
      if (token.status !== 201) throw new Error(`token failed: ${token.status}`);
      return token.body.token as string;
    };

    const tokens = await Promise.all(Array.from({ length: learners }, (_, n) => signUp(n)));
    const latencies: number[] = [];
    const finalStates = new Map<string, string>();
    const submittedIds = new Set<string>();
    let duplicates = 0;
    let refused = 0;
    let errors = 0;
    let failedRequests = 0;
    let next = 0;
    const appCpuBefore = cpuMs(app.pid!);
    const workerCpuBefore = worker ? cpuMs(worker.pid!) : 0;
    const loadGeneratorBefore = process.cpuUsage();
    const machineBefore = machineBusyMs();
    const started = Date.now();

    const learner = async (token: string) => {
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
        if (submitted.status !== 202) {
          failedRequests += 1;
          continue;
        }
        const id = submitted.body.id as string;
        submittedIds.add(id);
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
    };

    await Promise.all(tokens.map((token) => learner(token)));
    const seconds = (Date.now() - started) / 1000;
    const appCpu = cpuMs(app.pid!) - appCpuBefore;
    const workerCpu = worker ? cpuMs(worker.pid!) - workerCpuBefore : null;
    const loadGenerator = process.cpuUsage(loadGeneratorBefore);
    const machineCpu = machineBusyMs() - machineBefore;
    const peak = sampler.stop();
    clearInterval(workerTimer);
    const health = await call("/api/health");

    // Lost: accepted (202) but never final, or refused with anything but a 429.
    const sorted = [...latencies].sort((a, b) => a - b);
    const pct = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] / 1000, 2);
    const lost = submittedIds.size - finalStates.size + failedRequests;
    return {
      mode,
      wall_s: round(seconds),
      graded_per_s: round(finalStates.size / seconds),
      p50_s: pct(50),
      p95_s: pct(95),
      p99_s: pct(99),
      final: finalStates.size,
      graded: [...finalStates.values()].filter((s) => s === "graded").length,
      not_full_marks_or_error: errors,
      lost,
      duplicates,
      refused_429: refused,
      app_cpu_ms_per_submission: round(appCpu / Math.max(1, finalStates.size)),
      worker_cpu_ms_per_submission: workerCpu === null ? null : round(workerCpu / Math.max(1, finalStates.size)),
      app_cpu_cores: round(appCpu / 1000 / seconds, 2),
      // This script's own CPU (the 50 simulated learners' HTTP and event streams), and the whole machine's busy time:
      // what is left of it after the app, the worker and this script is the grader (checkers and sandboxes).
      load_generator_cpu_ms_per_submission: round((loadGenerator.user + loadGenerator.system) / 1000 / Math.max(1, finalStates.size)),
      machine_busy_cores: round(machineCpu / 1000 / seconds, 2),
      app_rss_idle_mb: round(idleRss),
      app_rss_peak_mb: round(Math.max(idleRss, peak.app)),
      worker_rss_idle_mb: workerIdleRss === null ? null : round(workerIdleRss),
      worker_rss_peak_mb: worker ? round(workerPeak.rss) : null,
      checker_pss_peak_mb: round(peak.checker),
      run_pss_peak_mb: round(peak.run),
      checkers_with_runs_pss_peak_mb: round(peak.checkersTotal),
      health: health.body,
    };
  } finally {
    if (worker) await stopProcess(worker);
    await stopProcess(app);
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (databaseName) {
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await admin.end();
    }
  }
}

const modes: ("embedded" | "postgres")[] = [];
if (only !== "postgres") modes.push("embedded");
if (postgresUrl && only !== "embedded") modes.push("postgres");
if (only === "postgres" && !postgresUrl) throw new Error("--only postgres needs --postgres postgresql://...");
const results: Record<string, Awaited<ReturnType<typeof runMode>>> = {};
const loadBefore = os.loadavg();
for (const mode of modes) {
  const result = await runMode(mode);
  results[mode] = result;
  log(`\nbench:load (${mode}${mode === "postgres" ? ", web app + a separate worker process" : ", grading in the app process"}): ` +
    `${learners} learners, ${total} submissions of countdown (correct solution), ${os.availableParallelism()} cores`);
  log(`  wall time            ${result.wall_s} s`);
  log(`  graded per second    ${result.graded_per_s}`);
  log(`  submit->result       p50 ${result.p50_s} s   p95 ${result.p95_s} s   p99 ${result.p99_s} s`);
  log(`  final states         ${result.final} of ${total} (${result.graded} graded, ${result.not_full_marks_or_error} not full marks or error)`);
  log(`  lost / duplicated    ${result.lost} / ${result.duplicates}   (refused with 429: ${result.refused_429})`);
  log(`  app CPU              ${result.app_cpu_ms_per_submission} ms per submission (${result.app_cpu_cores} cores)` +
    (result.worker_cpu_ms_per_submission === null ? "" : `; worker process ${result.worker_cpu_ms_per_submission} ms per submission`));
  log(`  machine CPU          ${result.machine_busy_cores} of ${os.availableParallelism()} cores busy; this load generator ` +
    `${result.load_generator_cpu_ms_per_submission} ms per submission (the rest beside the app is mostly the grader)`);
  log(`  app resident memory  ${result.app_rss_idle_mb} MB idle, ${result.app_rss_peak_mb} MB peak` +
    (result.worker_rss_idle_mb === null ? "" : `; worker ${result.worker_rss_idle_mb} MB idle, ${result.worker_rss_peak_mb} MB peak`));
  log(`  checkers (PSS, peak) ${result.checker_pss_peak_mb} MB per checker process, ${result.run_pss_peak_mb} MB under one checker (its runs), ` +
    `${result.checkers_with_runs_pss_peak_mb} MB all checkers with their runs`);
  log(`  health after         ${JSON.stringify(result.health)}`);
}
const loadAverage = [...loadBefore, ...os.loadavg()].map((value) => round(value, 2));
log(`  load average         ${loadAverage.slice(0, 3).join(" ")} before, ${loadAverage.slice(3).join(" ")} after (1, 5, 15 min)`);
const ok = Object.values(results).every((result) => result.lost === 0 && result.duplicates === 0 && result.final === total);
if (asJson) {
  const modesJson = Object.fromEntries(Object.entries(results).map(([mode, { health: _health, ...figures }]) => [mode, figures]));
  console.log(JSON.stringify({ load_average: { before: loadAverage.slice(0, 3), after: loadAverage.slice(3) }, cores: os.availableParallelism(), learners, submissions: total, ...(modes.length === 1 ? modesJson[modes[0]] : {}), modes: modesJson }));
}
process.exit(ok ? 0 : 1);
