// Every message a learner could read about the course's known answers, graded for real in the sandbox: correct
// answers in other styles get full marks, and no message carries unittest's comparison boilerplate.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, describe, expect, it } from "vitest";

import { loadCourse } from "@/server/content/load-course";
import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";
import type { GradeResult } from "@/lib/grade-result-schema";
import { findUnittestBoilerplate } from "@/server/grading/unittest-boilerplate";

afterAll(() => shutdownGrader());

const repositoryContent = fileURLToPath(new URL("../../exercises", import.meta.url));
const course = await loadCourse(repositoryContent);
const GRADING_CONCURRENCY = 2;

async function gradeAll(dir: string, points: number, codes: { file: string; code: string }[]) {
  const results: { file: string; result: GradeResult }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < codes.length) {
      const { file, code } = codes[next++];
      results.push({ file, result: await gradeExercise({ exerciseDir: dir, code, maxScore: points }) });
    }
  };
  await Promise.all(Array.from({ length: GRADING_CONCURRENCY }, lane));
  return results;
}

function result(tests: { name: string; status: "pass" | "fail"; message?: string }[]): GradeResult {
  return { version: 3, status: "fail", score: 0, max_score: 10, duration_ms: 1, tests };
}

describe("the boilerplate detector", () => {
  it("finds unittest's wording wherever it leads or trails", () => {
    const found = findUnittestBoilerplate(
      result([
        { name: "a", status: "fail", message: "4.0 != 3.0 within 6 places (1.0 difference) : took 4 s, expected 3" },
        { name: "b", status: "fail", message: "Lists differ: [1] != [2]\n\nFirst differing element 0:\n1\n2" },
        { name: "c", status: "fail", message: "False is not true : the store should be full" },
      ]),
    );
    expect(new Set(found.map((entry) => entry.split(":")[0]))).toEqual(new Set(["a", "b", "c"]));
    expect(found.filter((entry) => entry.startsWith("c: ")).map((entry) => entry.slice(3, entry.indexOf(" in ")))).toEqual([
      '"is not true"',
      'a " : " join',
    ]);
  });

  it("leaves the learner's own lines and plain messages alone", () => {
    const message =
      "Your code raised ValueError: a != b\n  line 3, in check: if a != b: raise ValueError('a != b')";
    const plain = "took 4 virtual seconds, expected 3: the drinks brewed one after another.";
    expect(findUnittestBoilerplate(result([{ name: "a", status: "fail", message }, { name: "b", status: "fail", message: plain }]))).toEqual([]);
  });
});

describe("a test that leaves longMessage on and gives no msg", () => {
  it("still reaches the learner in plain words", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "plain-words-"));
    try {
      const tests = [
        "import unittest",
        "from submission import squares",
        "",
        "class SquaresTest(unittest.TestCase):",
        "    longMessage = True",
        "",
        "    def test_first_three(self):",
        "        self.assertEqual(squares(3), [0, 1, 4])",
        "",
        "    def test_close_enough(self):",
        "        self.assertAlmostEqual(sum(squares(3)) / 3, 5 / 3)",
        "",
      ].join("\n");
      await writeFile(path.join(dir, "tests.py"), tests);
      const graded = await gradeExercise({ exerciseDir: dir, code: "def squares(n):\n    return [i * i for i in range(1, n + 1)]\n" });
      expect(graded.tests.map((test) => test.message)).toEqual([
        "The check expected [0, 1, 4], got [1, 4, 9].",
        "The check expected about 1.6666666666666667, got 4.666666666666667.",
      ]);
      expect(findUnittestBoilerplate(graded)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(course.exercises.map((exercise) => [exercise.slug, exercise] as const))("%s", (slug, exercise) => {
  it("gives full marks to every alternative and plain words to every known answer", async () => {
    const where = (file: string) => `exercises/${slug}/${file}`;
    const graded = await gradeAll(exercise.dir, exercise.points, [
      ...exercise.alternatives.map(({ name, code }) => ({ file: where(`alternatives/${name}.py`), code })),
      ...exercise.mistakes.map(({ name, code }) => ({ file: where(`mistakes/${name}.py`), code })),
      { file: where("starter.py"), code: exercise.starter },
    ]);
    const alternatives = graded.filter(({ file }) => file.includes("/alternatives/"));
    expect(alternatives.length).toBeGreaterThanOrEqual(2);
    for (const { file, result } of alternatives) expect([file, result.status, result.score]).toEqual([file, "pass", exercise.points]);
    for (const { file, result } of graded.filter(({ file }) => file.includes("/mistakes/"))) {
      expect([file, result.status]).not.toEqual([file, "pass"]);
    }
    expect(graded.flatMap(({ file, result }) => findUnittestBoilerplate(result).map((found) => `${file}: ${found}`))).toEqual([]);
  });
});
