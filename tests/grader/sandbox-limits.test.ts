import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { readExerciseGradingSettings } from "@/server/grading/exercise-grading-settings";
import { defaultSandboxLimits, resolveSandboxLimits } from "@/server/grading/sandbox-limits";

describe("resolveSandboxLimits", () => {
  it("uses the documented defaults", () => {
    expect(resolveSandboxLimits()).toEqual({ wallSeconds: 10, memoryMb: 256, processes: 32, outputKb: 1024 });
  });

  it("applies overrides in order and clamps them into the allowed ranges", () => {
    expect(resolveSandboxLimits({ wallSeconds: 15, memoryMb: 64 }, { wallSeconds: 60, processes: 40 })).toEqual({
      ...defaultSandboxLimits,
      wallSeconds: 20,
      memoryMb: 128,
      processes: 40,
    });
  });
});

describe("readExerciseGradingSettings", () => {
  it("reads points and limits from exercise.md", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "grading-settings-"));
    writeFileSync(
      path.join(dir, "exercise.md"),
      "---\ntitle: T\npoints: 7\nlimits:\n  wall_seconds: 6\n  memory_mb: 512\n---\nBody\n",
    );
    expect(await readExerciseGradingSettings(dir)).toEqual({ points: 7, limits: { wallSeconds: 6, memoryMb: 512 } });
  });

  it("falls back to defaults without exercise.md", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "grading-settings-"));
    expect(await readExerciseGradingSettings(dir)).toEqual({ limits: {} });
  });
});
