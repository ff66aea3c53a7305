import { describe, expect, it } from "vitest";

import { gradeResultSchema, parseGradeResult } from "@/lib/grade-result-schema";

const passing = {
  version: 3,
  status: "pass",
  score: 10,
  max_score: 10,
  duration_ms: 12,
  tests: [
    { name: "CountdownTest > yields in order", status: "pass" },
    { name: "CountdownTest > zero yields nothing", status: "pass", output: "hi\n" },
  ],
};

describe("gradeResultSchema", () => {
  it("accepts a real passing result", () => {
    expect(gradeResultSchema.safeParse(passing).success).toBe(true);
  });

  it("accepts a partial failure whose score matches the tests", () => {
    const partial = { ...passing, status: "fail", score: 5, tests: [passing.tests[0], { name: "T > x", status: "fail", message: "1 != 2" }] };
    expect(gradeResultSchema.safeParse(partial).success).toBe(true);
  });

  it.each([
    ["a pass with a failing test", { ...passing, tests: [passing.tests[0], { name: "T > x", status: "fail" }] }],
    ["a pass with no tests", { ...passing, tests: [] }],
    ["a score above what the tests earned", { ...passing, status: "fail", score: 10, tests: [passing.tests[0], { name: "T > x", status: "error" }] }],
    ["an error with a score", { ...passing, status: "error", message: "boom", score: 3, tests: [] }],
    ["an error without a message", { ...passing, status: "error", score: 0, tests: [] }],
    ["another version", { ...passing, version: 2 }],
    ["an unknown status", { ...passing, tests: [{ name: "T > x", status: "skipped" }] }],
    ["extra fields", { ...passing, trusted: true }],
  ])("rejects %s", (_name, result) => {
    expect(gradeResultSchema.safeParse(result).success).toBe(false);
  });
});

describe("parseGradeResult", () => {
  it("keeps a valid result as it is", () => {
    expect(parseGradeResult(passing, 10)).toEqual(passing);
  });

  it("turns anything invalid into an error result with a message, never a pass", () => {
    for (const raw of [null, "pass", { status: "pass", score: 10 }, { ...passing, score: 11 }]) {
      const result = parseGradeResult(raw, 10);
      expect(result.status).toBe("error");
      expect(result.score).toBe(0);
      expect(result.message).toMatch(/invalid result/);
    }
  });
});

describe("a test's async timeline", () => {
  const run = { elapsed: 3, expected_elapsed: 1, events: [[0, "start /a"], [1, "end /a"]], blocking: [[1, 0.5]] };
  const withTimeline = (timeline: unknown) => ({ ...passing, tests: [{ ...passing.tests[0], timeline }, passing.tests[1]] });

  it("is kept when it is within bounds", () => {
    const parsed = gradeResultSchema.parse(withTimeline({ runs: [run] }));
    expect(parsed.tests[0].timeline).toEqual({ runs: [run] });
  });

  it.each([
    ["too many events", { runs: [{ ...run, events: Array.from({ length: 101 }, (_, n) => [n, "x"]) }] }],
    ["a negative time", { runs: [{ ...run, events: [[-1, "x"]] }] }],
    ["an unknown field", { runs: [{ ...run, trusted: true }] }],
    ["no runs", { runs: [] }],
  ])("is dropped, without touching the verdict, with %s", (_name, timeline) => {
    const parsed = gradeResultSchema.parse(withTimeline(timeline));
    expect(parsed.status).toBe("pass");
    expect(parsed.tests[0].timeline).toBeUndefined();
  });
});
