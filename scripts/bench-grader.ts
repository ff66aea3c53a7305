// usage: npm run bench:grader [-- <exercise-dir> [runs]]
// Prints the grader's latency next to the floor (the same tests run by bare `/usr/bin/python3 -m unittest` with the
// solution beside them, no sandbox) and throughput at 1, 2 and 4 concurrent grades. Figures, not assertions.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";

const run = promisify(execFile);
const exerciseDir = path.resolve(process.argv[2] ?? "tests/grader/fixtures/countdown");
const runs = Number(process.argv[3] ?? 40);
const solution = readFileSync(path.join(exerciseDir, "solution.py"), "utf8");

// In-process stand-in for the \`grading\` module, so the floor runs the very same tests.py with no sandbox (and the
// same virtual-clock loop for run_async).
const runtimeDir = path.resolve("grader/runtime");
const bareGrading = `
import sys
from types import SimpleNamespace
sys.path.insert(0, ${JSON.stringify(runtimeDir)})
def run_async(code, **inputs):
    import vclock
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

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeEach(count: number, task: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function throughput(concurrency: number, seconds: number, task: () => Promise<unknown>): Promise<number> {
  let done = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await task();
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

const floorDir = mkdtempSync(path.join(os.tmpdir(), "bench-grader-"));
try {
  copyFileSync(path.join(exerciseDir, "tests.py"), path.join(floorDir, "tests.py"));
  writeFileSync(path.join(floorDir, "submission.py"), solution);
  writeFileSync(path.join(floorDir, "grading.py"), bareGrading);
  const bare = () => run("/usr/bin/python3", ["-B", "-m", "unittest", "-q", "tests"], { cwd: floorDir });
  const graded = async () => {
    const result = await gradeExercise({ exerciseDir, code: solution });
    if (result.status !== "pass") throw new Error(`the solution did not pass: ${JSON.stringify(result)}`);
  };

  await timeEach(3, bare);
  await timeEach(3, graded); // starts the pooled checkers
  // Interleaved, so both see the same machine load (the box is shared).
  const bareSamples: number[] = [];
  const gradedSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    bareSamples.push(...(await timeEach(1, bare)));
    gradedSamples.push(...(await timeEach(1, graded)));
  }
  const row = (name: string, samples: number[]) =>
    `${name.padEnd(34)} p50 ${percentile(samples, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(7)} ms`;
  console.log(`exercise: ${path.relative(process.cwd(), exerciseDir)}, ${runs} runs each, ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(2)}`);
  console.log(row("bare python3 -m unittest (floor)", bareSamples));
  console.log(row("sandboxed grade (gradeExercise)", gradedSamples));
  console.log(`ratio p50 sandboxed / bare: ${(percentile(gradedSamples, 50) / percentile(bareSamples, 50)).toFixed(2)}x`);
  for (const concurrency of [1, 2, 4]) {
    const graders = await throughput(concurrency, 5, graded);
    const floor = await throughput(concurrency, 5, bare);
    console.log(
      `throughput at ${concurrency} concurrent: ${graders.toFixed(1)} grades/s (bare unittest floor: ${floor.toFixed(1)} runs/s)`,
    );
  }
} finally {
  rmSync(floorDir, { recursive: true, force: true });
  shutdownGrader();
}
