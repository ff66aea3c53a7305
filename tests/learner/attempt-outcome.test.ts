import { describe, expect, it } from "vitest";
import { ATTEMPT_OUTCOME_LABEL, attemptOutcome } from "@/lib/attempt-outcome";

// The learner's attempt list and the teacher's attempt page both label attempts through attemptOutcome.
describe("attemptOutcome", () => {
  it("tells apart the three endings that all score 0: failing tests, code that could not run, a grader failure", () => {
    const failed = attemptOutcome({ status: "graded", verdict: "fail", score: 0, maxScore: 10 });
    const syntaxError = attemptOutcome({ status: "graded", verdict: "error", score: 0, maxScore: 10 });
    const graderFailed = attemptOutcome({ status: "error", verdict: "error", score: 0, maxScore: 10 });
    expect([failed, syntaxError, graderFailed]).toEqual(["failed", "code-error", "grader-error"]);
    expect(new Set([failed, syntaxError, graderFailed].map((outcome) => ATTEMPT_OUTCOME_LABEL[outcome])).size).toBe(3);
  });

  it("passes only full marks, and says when an attempt is still being graded", () => {
    expect(attemptOutcome({ status: "graded", verdict: "pass", score: 10, maxScore: 10 })).toBe("passed");
    expect(attemptOutcome({ status: "graded", verdict: "fail", score: 7.5, maxScore: 10 })).toBe("failed");
    expect(attemptOutcome({ status: "queued", score: null, maxScore: 10 })).toBe("queued");
    expect(attemptOutcome({ status: "running", score: null, maxScore: 10 })).toBe("running");
  });
});
