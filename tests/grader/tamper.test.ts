// A submission must never grade better than an honest empty answer by attacking the grader instead of solving
// the exercise. Each case below is a known way to fake a grade in a naive runner; all run in the real sandbox.
import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";

import { fixtureExercise } from "./grader-fixtures";

afterAll(() => shutdownGrader());

const countdown = fixtureExercise("countdown");
// The cases are shared with the grader's own containment suite (grader/tests/test_containment.py), which also runs
// them inside the cgroup v2 test-bed.
const attacks: Record<string, string> = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "fixtures", "tamper-cases.json"), "utf8"),
);

async function honestEmptyScore(): Promise<number> {
  const result = await gradeExercise({ exerciseDir: countdown, code: "" });
  return result.score;
}

describe("a submission cannot fake its grade", () => {
  it("an honest empty answer scores 0 (the bar every attack must not beat)", async () => {
    expect(await honestEmptyScore()).toBe(0);
  });

  it.each(Object.entries(attacks))("%s", async (_name, code) => {
    const result = await gradeExercise({ exerciseDir: countdown, code });
    expect(result.status).not.toBe("pass");
    expect(result.score).toBe(0);
    expect(result.tests.every((test) => test.status !== "pass")).toBe(true);
  });

  it("the tests and the reference solution cannot be read from inside the run", async () => {
    const probe = fixtureExercise("probe");
    const code = [
      "import os",
      "def probe():",
      "    found = []",
      `    for path in (${JSON.stringify(probe + "/tests.py")}, ${JSON.stringify(probe + "/solution.py")}, '/pygrade/../tests.py'):`,
      "        try:",
      "            found.append(open(path).read())",
      "        except OSError as error:",
      "            found.append(type(error).__name__)",
      "    for fd in range(64):",
      "        try:",
      "            target = os.readlink(f'/proc/self/fd/{fd}')",
      "        except OSError:",
      "            continue",
      "        found.append(target)",
      "        try:",
      "            found.append(os.pread(fd, 4096, 0).decode(errors='replace'))",
      "        except OSError:",
      "            pass",
      "    for root, dirs, files in os.walk('/pygrade'):",
      "        found.extend(files)",
      "    return '|'.join(found)",
    ].join("\n");
    const result = await gradeExercise({ exerciseDir: probe, code });
    const text = JSON.stringify(result);
    expect(result.tests[0]?.status).toBe("fail");
    expect(text).toContain("FileNotFoundError");
    expect(text).not.toContain("reference-solution-marker-7f3a");
    expect(text).not.toContain("assertEqual(probe()");
    expect(text).not.toContain("tests.py");
  });
});
