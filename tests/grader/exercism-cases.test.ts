// The statuses Exercism's test runner gives for the classic cases, graded for real in the sandbox.
import { afterAll, describe, expect, it } from "vitest";

import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";

import { fixtureExercise } from "./grader-fixtures";

afterAll(() => shutdownGrader());

const countdown = fixtureExercise("countdown");
const squares = fixtureExercise("squares");

describe("whole-run errors", () => {
  it("an empty file is an error that says so", async () => {
    const result = await gradeExercise({ exerciseDir: countdown, code: "\n  \n" });
    expect(result).toMatchObject({ status: "error", score: 0, max_score: 10, tests: [] });
    expect(result.message).toMatch(/empty/);
  });

  it("a syntax error is an error naming the line, the column and the offending line", async () => {
    const code = "def countdown(n):\n    while n > 0\n        yield n\n";
    const result = await gradeExercise({ exerciseDir: countdown, code });
    expect(result.status).toBe("error");
    expect(result.score).toBe(0);
    expect(result.message).toMatch(/syntax error on line 2, column 16: expected ':'/);
    expect(result.message).toContain("while n > 0");
  });

  it("an indentation error is reported as one", async () => {
    const result = await gradeExercise({ exerciseDir: countdown, code: "def countdown(n):\nyield n\n" });
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/indentation error on line 2/);
  });

  it("a missing function is an error naming it", async () => {
    const result = await gradeExercise({ exerciseDir: countdown, code: "def count_down(n):\n    yield n\n" });
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/does not define `countdown`/);
  });

  it("an exception while loading is an error with the learner's line", async () => {
    const result = await gradeExercise({ exerciseDir: countdown, code: "values = [1, 2]\nprint(values[5])\n" });
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/IndexError: list index out of range/);
    expect(result.message).toMatch(/line 2, at the top level: print\(values\[5\]\)/);
  });

  it("an infinite loop while loading is an error", async () => {
    const result = await gradeExercise({ exerciseDir: countdown, code: "while True:\n    pass\n", limits: { wall_seconds: 5 } });
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/more than 5 s/);
  });
});

describe("per-test results", () => {
  it("a correct answer passes every test with the full score, in file order", async () => {
    const code = "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n";
    const result = await gradeExercise({ exerciseDir: countdown, code });
    expect(result.status).toBe("pass");
    expect(result.score).toBe(10);
    expect(result.tests.map((test) => test.name)).toEqual([
      "CountdownTest > yields in order",
      "CountdownTest > one value per next",
      "CountdownTest > zero yields nothing",
      "CountdownTest > is a generator function",
    ]);
  });

  it("a partly right answer fails with a proportional score and teaching messages", async () => {
    // Returns a list: right values, but not a generator (no next(), not a generator function).
    const code = "def countdown(n):\n    return list(range(n, 0, -1))\n";
    const result = await gradeExercise({ exerciseDir: countdown, code, maxScore: 20 });
    expect(result.status).toBe("fail");
    expect(result.tests.map((test) => test.status)).toEqual(["pass", "error", "pass", "fail"]);
    expect(result.score).toBe(10);
    expect(result.max_score).toBe(20);
    expect(result.tests[1].message).toMatch(/TypeError: 'list' object is not an iterator/);
    expect(result.tests[3].message).toMatch(/countdown should be a generator function/);
  });

  it("subtests are each reported, and the score counts them", async () => {
    const code = "def square(n):\n    return n * n if n != 3 else 10\n";
    const result = await gradeExercise({ exerciseDir: squares, code });
    expect(result.status).toBe("fail");
    expect(result.tests.map((test) => [test.name, test.status])).toEqual([
      ["SquareTest > small numbers (n=0)", "pass"],
      ["SquareTest > small numbers (n=1)", "pass"],
      ["SquareTest > small numbers (n=3)", "fail"],
      ["SquareTest > negative", "pass"],
      ["SquareTest > returns an int", "pass"],
    ]);
    // The author's message alone: unittest's "10 != 9 : " boilerplate never reaches the learner.
    expect(result.tests[2].message).toBe("square(3) should be 9");
    expect(result.max_score).toBe(6);
    expect(result.score).toBe(4.8);
  });

  it("what the code prints is shown under the test that printed it", async () => {
    const code = "def square(n):\n    print(f'squaring {n}')\n    return n * n\n";
    const result = await gradeExercise({ exerciseDir: squares, code });
    expect(result.status).toBe("pass");
    expect(result.tests.map((test) => test.output)).toEqual([
      "squaring 0\n",
      "squaring 1\n",
      "squaring 3\n",
      "squaring -2\n",
      "squaring 2\n",
    ]);
  });

  it("an exception in the learner's function is a test error with the learner's traceback", async () => {
    const code = "def square(n):\n    if n < 0:\n        raise ValueError('negative numbers are not allowed')\n    return n * n\n";
    const result = await gradeExercise({ exerciseDir: squares, code });
    const negative = result.tests.find((test) => test.name === "SquareTest > negative");
    expect(negative?.status).toBe("error");
    expect(negative?.message).toMatch(/Your code raised ValueError: negative numbers are not allowed/);
    expect(negative?.message).toMatch(/line 3, in square: raise ValueError/);
    expect(result.score).toBe(4.8);
  });
});

describe("asyncio on the virtual clock", () => {
  const asyncFetch = fixtureExercise("async-fetch");

  it("concurrent fetches pass and take no real time", async () => {
    const code = "import asyncio\n\nasync def fetch_all(fetch, names):\n    return list(await asyncio.gather(*(fetch(n) for n in names)))\n";
    const result = await gradeExercise({ exerciseDir: asyncFetch, code });
    expect(result.status).toBe("pass");
  });

  it("an hour of awaited sleep is virtual: graded at once, and reported as an hour", async () => {
    // On a real clock this run would end at the sandbox's wall-clock limit (seconds), not with a verdict.
    const code = "import asyncio\n\nasync def fetch_all(fetch, names):\n    await asyncio.sleep(3600)\n    return list(await asyncio.gather(*(fetch(n) for n in names)))\n";
    const result = await gradeExercise({ exerciseDir: asyncFetch, code });
    expect(result.tests.map((test) => test.status)).toEqual(["pass", "fail"]);
    expect(result.tests[1].message).toMatch(/took 3601 s/);
  });

  it("sequential awaiting is caught by the virtual elapsed time", async () => {
    const code = "async def fetch_all(fetch, names):\n    return [await fetch(n) for n in names]\n";
    const result = await gradeExercise({ exerciseDir: asyncFetch, code });
    expect(result.tests.map((test) => test.status)).toEqual(["pass", "fail"]);
    expect(result.tests[1].message).toMatch(/took 3 s/);
  });

  it("blocking the loop with time.sleep is detected", async () => {
    const code = "import asyncio, time\n\nasync def fetch_all(fetch, names):\n    time.sleep(1)\n    return list(await asyncio.gather(*(fetch(n) for n in names)))\n";
    const result = await gradeExercise({ exerciseDir: asyncFetch, code });
    expect(result.tests[1].status).toBe("fail");
    expect(result.tests[1].message).toMatch(/must not block the loop with time.sleep/);
  });
});
