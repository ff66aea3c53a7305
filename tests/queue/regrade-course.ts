import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { exerciseMarkdown, stepsYaml, writeTempCourse } from "../support/temp-course";

// A countdown exercise whose first tests were too strict: they demanded a generator function, so a correct
// iterator class failed, and they never tried countdown(0). The fix drops the first check and adds the second.
export const testsV1 = `import unittest

import grading
from submission import countdown


class CountdownTest(unittest.TestCase):
    def test_yields_in_order(self):
        self.assertEqual(list(countdown(3)), [3, 2, 1], "countdown(3) should yield 3, 2, 1")

    def test_is_a_generator_function(self):
        self.assertIs(grading.run("import inspect; result = inspect.isgeneratorfunction(submission.countdown)"),
                      True, "countdown should be a generator function (use yield)")
`;

export const testsV2 = `import unittest

from submission import countdown


class CountdownTest(unittest.TestCase):
    def test_yields_in_order(self):
        self.assertEqual(list(countdown(3)), [3, 2, 1], "countdown(3) should yield 3, 2, 1")

    def test_zero_yields_nothing(self):
        self.assertEqual(list(countdown(0)), [], "countdown(0) should yield nothing")
`;

/** Correct, but a class, not a generator function: 1 of 2 under v1, 2 of 2 under v2 (goes up). */
export const iteratorClassAnswer = `class countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
`;

/** Yields n before checking it: 2 of 2 under v1, 1 of 2 under v2 (goes down). */
export const yieldsZeroAnswer = "def countdown(n):\n    yield n\n    while n > 1:\n        n -= 1\n        yield n\n";

/** Right under both. */
export const generatorAnswer = "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n";

/** A temporary course holding the countdown exercise with the v1 tests. */
export async function writeCountdownCourse() {
  const course = await writeTempCourse({
    "steps.yaml": stepsYaml,
    "countdown/exercise.md": exerciseMarkdown(),
    "countdown/starter.py": "def countdown(n):\n    pass\n",
    "countdown/solution.py": generatorAnswer,
    "countdown/tests.py": testsV1,
  });
  return {
    ...course,
    /** Replaces the exercise's tests.py on disk. */
    writeTests: (source: string) => writeFile(path.join(course.root, "countdown", "tests.py"), source),
    readTests: () => readFile(path.join(course.root, "countdown", "tests.py"), "utf8"),
  };
}
