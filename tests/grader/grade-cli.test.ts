import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "../security/script-runner";

// `npm run grade -- <exercise-dir> <file>` grades from a folder on disk: the folder's tests.py travels in the job.
describe("npm run grade", () => {
  it("prints one JSON result for a file against an exercise folder", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "grade-cli-")), "answer.py");
    writeFileSync(file, "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n");
    const { code, output } = await runScript("scripts/grade.ts", ["tests/grader/fixtures/countdown", file], {});
    expect(code).toBe(0);
    expect(JSON.parse(output.trim().split("\n").at(-1)!)).toMatchObject({ status: "pass", score: 10, max_score: 10 });
  });

  it("says so and exits 1 when the folder has no tests.py", async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), "grade-cli-"));
    const { code, output } = await runScript("scripts/grade.ts", [empty, "/dev/null"], {});
    expect(code).toBe(1);
    expect(output).toContain("tests.py");
  });
});
