import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { gradingHash, readExerciseGradingSpec, storedGradingSpec } from "@/server/grading/exercise-grading-spec";
import { defaultSandboxLimits, resolveSandboxLimits } from "@/lib/grading-protocol";

describe("resolveSandboxLimits", () => {
  it("uses the documented defaults", () => {
    expect(resolveSandboxLimits()).toEqual({ wall_seconds: 10, memory_mb: 256, processes: 32, output_kb: 1024 });
  });

  it("applies overrides in order and clamps them into the allowed ranges", () => {
    expect(resolveSandboxLimits({ wall_seconds: 15, memory_mb: 64 }, { wall_seconds: 60, processes: 40 })).toEqual({
      ...defaultSandboxLimits,
      wall_seconds: 20,
      memory_mb: 128,
      processes: 40,
    });
  });
});

describe("readExerciseGradingSpec", () => {
  it("reads tests.py, and points and limits from exercise.md", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "grading-spec-"));
    writeFileSync(
      path.join(dir, "exercise.md"),
      "---\ntitle: T\npoints: 7\nlimits:\n  wall_seconds: 6\n  memory_mb: 512\n---\nBody\n",
    );
    writeFileSync(path.join(dir, "tests.py"), "import unittest\n");
    expect(await readExerciseGradingSpec(dir)).toEqual({ tests: "import unittest\n", points: 7, limits: { wall_seconds: 6, memory_mb: 512 } });
  });

  it("falls back to defaults without exercise.md, and needs tests.py", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "grading-spec-"));
    await expect(readExerciseGradingSpec(dir)).rejects.toThrow(/tests\.py/);
    writeFileSync(path.join(dir, "tests.py"), "import unittest\n");
    expect(await readExerciseGradingSpec(dir)).toEqual({ tests: "import unittest\n", points: 10, limits: {} });
  });
});

describe("gradingHash", () => {
  const spec = { tests: "import unittest\n", points: 10, limits: {} };

  it("changes with the tests, the points or an effective limit, not with a limit spelled out at its default", () => {
    expect(gradingHash({ ...spec, limits: { wall_seconds: 10 } })).toBe(gradingHash(spec));
    expect(gradingHash({ ...spec, tests: "import unittest  \n" })).not.toBe(gradingHash(spec));
    expect(gradingHash({ ...spec, points: 20 })).not.toBe(gradingHash(spec));
    expect(gradingHash({ ...spec, limits: { memory_mb: 512 } })).not.toBe(gradingHash(spec));
  });

  it("is what a stored version row gives back", () => {
    const stored = storedGradingSpec({ tests: spec.tests, points: 10, limits: { wall_seconds: 10 } });
    expect(stored && gradingHash(stored)).toBe(gradingHash(spec));
    expect(storedGradingSpec({ tests: null, points: 10, limits: null })).toBeNull();
  });
});
