import { afterAll, describe, expect, it } from "vitest";

import { gradeExercise, GraderUnavailableError, shutdownGrader } from "@/server/grading/grade-exercise";
import { runSnippet } from "@/server/grading/run-snippet";

import { fixtureExercise } from "./grader-fixtures";

afterAll(() => shutdownGrader());

describe("runSnippet", () => {
  it("returns what the snippet printed and its exit code", async () => {
    const run = await runSnippet("def g():\n    yield 1\nprint(next(g()))\n");
    expect(run).toEqual({ stdout: "1\n", stderr: "", exitCode: 0, timedOut: false });
  });

  it("reports an uncaught exception on stderr with exit code 1", async () => {
    const run = await runSnippet("raise ValueError('nope')\n");
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/ValueError: nope/);
  });

  it("stops a snippet that runs too long", async () => {
    const run = await runSnippet("while True:\n    pass\n", { timeoutMs: 1000 });
    expect(run.timedOut).toBe(true);
    expect(run.exitCode).toBeNull();
  });

  it("runs in the sandbox (no host files)", async () => {
    const run = await runSnippet("import os\nprint(os.path.exists('/etc/passwd'), os.getuid())\n");
    const [hostFile, uid] = run.stdout.trim().split(" ");
    expect(hostFile).toBe("False");
    expect(Number(uid)).toBeGreaterThan(0);
    if (process.getuid?.() === 0) expect(Number(uid)).toBeGreaterThanOrEqual(2_000_000_000);
  });
});

describe("gradeExercise under concurrency", () => {
  it("keeps each submission's result apart when many run at once", async () => {
    const squares = fixtureExercise("squares");
    const answers = [0, 1, 3, -2, 7, 0].map((wrongAt) => `def square(n):\n    return -1 if n == ${wrongAt} else n * n\n`);
    const results = await Promise.all(answers.map((code) => gradeExercise({ exerciseDir: squares, code })));
    // Each answer is wrong for one input only (7 is never tested).
    expect(results.map((result) => result.score)).toEqual([4.8, 4.8, 4.8, 4.8, 6, 4.8]);
    expect(results.map((result) => result.tests.filter((test) => test.status !== "pass").map((test) => test.name))).toEqual([
      ["SquareTest > small numbers (n=0)"],
      ["SquareTest > small numbers (n=1)"],
      ["SquareTest > small numbers (n=3)"],
      ["SquareTest > negative"],
      [],
      ["SquareTest > small numbers (n=0)"],
    ]);
  });
});

describe("refusing without a sandbox", () => {
  it("throws GraderUnavailableError naming what is missing, instead of running code unconfined", async () => {
    shutdownGrader();
    // eslint-disable-next-line no-restricted-properties -- the next checker reads it through env()
    process.env.GRADER_BWRAP = "/nonexistent/bwrap";
    try {
      const attempt = gradeExercise({ exerciseDir: fixtureExercise("countdown"), code: "def countdown(n):\n    yield n\n" });
      await expect(attempt).rejects.toBeInstanceOf(GraderUnavailableError);
      await expect(attempt).rejects.toThrow(/bubblewrap/);
    } finally {
      // eslint-disable-next-line no-restricted-properties -- restores the default set above
      delete process.env.GRADER_BWRAP;
      shutdownGrader();
    }
    const result = await gradeExercise({ exerciseDir: fixtureExercise("countdown"), code: "def countdown(n):\n    yield n\n" });
    expect(result.status).toBe("fail");
  });
});
