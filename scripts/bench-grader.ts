// usage: npm run bench:grader [-- [--json] [--runs N] [--seconds S] [--drivers fork,bwrap]]
// For a plain exercise (a generator) and an async one (run_async on the virtual clock), and for each sandbox driver:
// sandboxed grade latency next to the floor (the same tests run by bare `/usr/bin/python3 -m unittest` with the
// solution beside them, no sandbox), interleaved so both see the same machine load; throughput at 1, 2 and 4
// concurrent grades and bare runs, side by side; and CPU per grade counted by a cgroup that holds this process and
// everything it starts (sandboxes included: rusage misses their CPU). Figures, not assertions. With --json the last
// line is one JSON object: {load_average, cores, checkers, isolation, results: {<driver>: {<kind>: {grades_per_s: {1, 2, 4},
// bare_runs_per_s: {1, 2, 4}, p50_ms, p95_ms, bare_p50_ms, cpu_ms_per_grade, bare_cpu_ms_per_run, node_cpu_ms_per_grade}}}}.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { env } from "@/server/env";
import { sharedCheckerPool } from "@/server/grading/shared-checker-pool";
import { readExerciseGradingSpec } from "@/server/grading/exercise-grading-spec";
import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";

const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const asJson = args.includes("--json");
const runs = Number(option("runs", "30"));
const seconds = Number(option("seconds", "4"));
const drivers = option("drivers", process.getuid?.() === 0 ? "fork,bwrap" : "bwrap").split(",");
const kinds = { plain: "tests/grader/fixtures/countdown", async: "tests/grader/fixtures/async-fetch" };
const log = (line: string) => {
  if (!asJson) console.log(line);
};

// In-process stand-in for the `grading` module, so the floor runs the very same tests.py with no sandbox (and the
// same virtual-clock loop for run_async).
const packageRoot = path.resolve(".");
const bareGrading = `
import sys
from types import SimpleNamespace
sys.path.insert(0, ${JSON.stringify(packageRoot)})
def run_async(code, **inputs):
    from grader.runtime import vclock
    return SimpleNamespace(**vclock.run_body(code, {"submission": __import__("submission"), **inputs}))
def run(code, **inputs):
    namespace = {"submission": __import__("submission"), **inputs}
    exec(code, namespace)
    return namespace.get("result")
def source():
    return open(__import__("submission").__file__).read()
def type_name(value):
    return type(value).__name__
`;

/** CPU time (ms) of this process and everything it starts, from a cgroup of its own; null where none can be had. */
function openCpuAccount(): { read(): number | null; close(): void } {
  const v1 = "/sys/fs/cgroup/cpuacct";
  if (existsSync(`${v1}/cpuacct.usage`)) {
    const own = path.join(v1, `pygrade-bench-${process.pid}`);
    try {
      mkdirSync(own);
      writeFileSync(path.join(own, "cgroup.procs"), String(process.pid));
      return {
        read: () => Number(readFileSync(path.join(own, "cpuacct.usage"), "utf8")) / 1e6,
        close: () => {
          // Checkers still exiting after shutdown are moved out with this process, so the cgroup can go.
          for (let attempt = 0; attempt < 200; attempt++) {
            for (const pid of readFileSync(path.join(own, "cgroup.procs"), "utf8").split("\n").filter(Boolean)) {
              try {
                writeFileSync(path.join(v1, "cgroup.procs"), pid);
              } catch {
                // gone meanwhile
              }
            }
            try {
              rmdirSync(own);
              return;
            } catch {
              Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
            }
          }
        },
      };
    } catch {
      // not writable: fall through
    }
  }
  const unified = readFileSync("/proc/self/cgroup", "utf8").match(/^0::(.*)$/m)?.[1];
  const stat = unified !== undefined ? path.join("/sys/fs/cgroup", unified, "cpu.stat") : "";
  if (stat && existsSync(stat)) {
    // cgroup v2: the service's own cgroup holds the checkers (moved into its supervisor leaf) and every run.
    const usage = () => Number(/usage_usec (\d+)/.exec(readFileSync(stat, "utf8"))?.[1]) / 1000;
    return { read: usage, close: () => undefined };
  }
  return { read: () => null, close: () => undefined };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

async function throughput(concurrency: number, task: () => Promise<unknown>, cpu: () => number | null) {
  let done = 0;
  const nodeBefore = process.cpuUsage();
  const cpuBefore = cpu();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await task();
        done += 1;
      }
    }),
  );
  const cpuAfter = cpu();
  const node = process.cpuUsage(nodeBefore);
  return {
    perSecond: done / ((performance.now() - started) / 1000),
    cpuMsEach: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / done : null,
    nodeCpuMsEach: (node.user + node.system) / 1000 / done,
  };
}

const round = (value: number | null, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));
const account = openCpuAccount();
const loadAverage = os.loadavg().map((value) => round(value, 2));
log(`${os.availableParallelism()} cores, load average ${loadAverage.join(" ")} at the start; ${runs} interleaved runs, ${seconds} s per throughput figure; ${env().GRADER_CONCURRENCY} checkers (GRADER_CONCURRENCY)`);
const results: Record<string, Record<string, unknown>> = {};
let isolation: string | undefined;
const floorDir = mkdtempSync(path.join(os.tmpdir(), "bench-grader-"));
try {
  for (const driver of drivers) {
    // eslint-disable-next-line no-restricted-properties -- selects the driver the next checker pool starts with
    process.env.GRADER_DRIVER = driver;
    shutdownGrader();
    const report = await sharedCheckerPool().start();
    isolation = report?.isolation;
    results[driver] = {};
    log(`\n== driver ${report?.driver ?? driver}, isolation ${report?.isolation}`);
    for (const [kind, relative] of Object.entries(kinds)) {
      const exerciseDir = path.resolve(relative);
      const solution = readFileSync(path.join(exerciseDir, "solution.py"), "utf8");
      const bareDir = path.join(floorDir, kind);
      mkdirSync(bareDir, { recursive: true });
      copyFileSync(path.join(exerciseDir, "tests.py"), path.join(bareDir, "tests.py"));
      writeFileSync(path.join(bareDir, "submission.py"), solution);
      writeFileSync(path.join(bareDir, "grading.py"), bareGrading);
      const bare = () => run("/usr/bin/python3", ["-B", "-m", "unittest", "-q", "tests"], { cwd: bareDir });
      // Read once, as the worker caches a stored exercise version's grading spec.
      const exercise = await readExerciseGradingSpec(exerciseDir);
      const graded = async () => {
        const result = await gradeExercise({ exercise, code: solution });
        if (result.status !== "pass") throw new Error(`the solution did not pass: ${JSON.stringify(result)}`);
      };
      // Warm up with as many grades at once as the pool has checkers, so every checker (and its fork-server
      // template) has started before anything is timed: a checker's start-up is not a grade's cost.
      for (let i = 0; i < 3; i++) {
        await bare();
        await Promise.all(Array.from({ length: env().GRADER_CONCURRENCY }, graded));
      }
      const bareSamples: number[] = [];
      const gradedSamples: number[] = [];
      for (let i = 0; i < runs; i++) {
        bareSamples.push(await timed(bare));
        gradedSamples.push(await timed(graded));
      }
      const grades: Record<number, number | null> = {};
      const bareRuns: Record<number, number | null> = {};
      let cpuPerGrade: number | null = null;
      let cpuPerBare: number | null = null;
      let nodePerGrade: number | null = null;
      for (const concurrency of [1, 2, 4]) {
        const sandboxed = await throughput(concurrency, graded, account.read);
        const floor = await throughput(concurrency, bare, account.read);
        grades[concurrency] = round(sandboxed.perSecond);
        bareRuns[concurrency] = round(floor.perSecond);
        if (concurrency === 2) {
          cpuPerGrade = round(sandboxed.cpuMsEach);
          cpuPerBare = round(floor.cpuMsEach);
          nodePerGrade = round(sandboxed.nodeCpuMsEach);
        }
        log(`${kind.padEnd(6)} ${concurrency} concurrent: ${sandboxed.perSecond.toFixed(1).padStart(6)} grades/s   bare unittest ${floor.perSecond.toFixed(1).padStart(6)} runs/s   ratio ${(sandboxed.perSecond / floor.perSecond).toFixed(2)}x`);
      }
      const figures = {
        grades_per_s: grades,
        bare_runs_per_s: bareRuns,
        p50_ms: round(percentile(gradedSamples, 50)),
        p95_ms: round(percentile(gradedSamples, 95)),
        bare_p50_ms: round(percentile(bareSamples, 50)),
        cpu_ms_per_grade: cpuPerGrade,
        bare_cpu_ms_per_run: cpuPerBare,
        node_cpu_ms_per_grade: nodePerGrade,
      };
      results[driver][kind] = figures;
      log(`${kind.padEnd(6)} latency: sandboxed p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms; bare p50 ${figures.bare_p50_ms} ms (${(figures.p50_ms! / figures.bare_p50_ms!).toFixed(2)}x)`);
      log(`${kind.padEnd(6)} CPU at 2 concurrent (cgroup accounting): ${cpuPerGrade ?? "n/a"} ms per grade (of which this Node process ${nodePerGrade}), bare ${cpuPerBare ?? "n/a"} ms per run`);
    }
  }
} finally {
  rmSync(floorDir, { recursive: true, force: true });
  shutdownGrader();
  account.close();
}
if (asJson) {
  console.log(JSON.stringify({ load_average: loadAverage, cores: os.availableParallelism(), checkers: env().GRADER_CONCURRENCY, isolation, results }));
}
