import { spawnSync } from "node:child_process";
import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { exerciseLimitsSchema } from "@/server/content/exercise-front-matter-schema";
import {
  checkerJobSchema,
  defaultSandboxLimits,
  protocolForPython,
  resolveSandboxLimits,
  sandboxLimitNames,
  sandboxLimitRanges,
} from "@/lib/grading-protocol";

// The grading protocol is defined once, in src/lib/grading-protocol.ts; everything else must follow it.
describe("the grading protocol", () => {
  it("is what the checked-in grader/protocol.json says (run `npm run grader:protocol` after changing it)", () => {
    expect(fs.readFileSync("grader/protocol.json", "utf8")).toBe(`${JSON.stringify(protocolForPython(), null, 2)}\n`);
  });

  it("gives the Python sandbox's Limits the same defaults", () => {
    const python = spawnSync(
      "/usr/bin/python3",
      ["-E", "-s", "-c", "import json; from dataclasses import asdict; from grader.sandbox import Limits; print(json.dumps(asdict(Limits())))"],
      { encoding: "utf8" },
    );
    expect(python.stderr).toBe("");
    expect(JSON.parse(python.stdout)).toEqual(defaultSandboxLimits);
  });

  it("bounds exercise.md's limits by exactly its ranges, with the defaults inside them", () => {
    for (const name of sandboxLimitNames) {
      const [min, max] = sandboxLimitRanges[name];
      expect(exerciseLimitsSchema.safeParse({ [name]: min }).success, `${name}=${min}`).toBe(true);
      expect(exerciseLimitsSchema.safeParse({ [name]: max }).success, `${name}=${max}`).toBe(true);
      expect(exerciseLimitsSchema.safeParse({ [name]: min - 1 }).success, `${name}=${min - 1}`).toBe(false);
      expect(exerciseLimitsSchema.safeParse({ [name]: max + 1 }).success, `${name}=${max + 1}`).toBe(false);
      expect(defaultSandboxLimits[name]).toBeGreaterThanOrEqual(min);
      expect(defaultSandboxLimits[name]).toBeLessThanOrEqual(max);
    }
    expect(Object.keys(exerciseLimitsSchema.shape).sort()).toEqual([...sandboxLimitNames].sort());
  });

  it("is documented with the same defaults and ranges for authors (exercises/README.md)", () => {
    const authoring = fs.readFileSync("exercises/README.md", "utf8");
    for (const name of sandboxLimitNames) {
      const [min, max] = sandboxLimitRanges[name];
      expect(authoring).toMatch(new RegExp(`\\b${name}: ${defaultSandboxLimits[name]} .*\\[${defaultSandboxLimits[name]}\\], ${min}-${max}`));
    }
  });

  it("sends jobs in its snake_case shape", () => {
    const job = { kind: "grade", tests: "", code: "", max_score: 10, limits: resolveSandboxLimits({ wall_seconds: 6 }) };
    expect(checkerJobSchema.parse(job)).toEqual(job);
    expect(checkerJobSchema.safeParse({ ...job, limits: { wallSeconds: 6 } }).success).toBe(false);
  });
});
