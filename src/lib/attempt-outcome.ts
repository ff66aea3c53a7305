/**
 * What one attempt came to, in the same words on the learner's page and the teacher's. Three endings that look alike
 * as a score of 0 are kept apart: tests that failed, code that could not run (a syntax error, a missing name, a time
 * or memory limit: the learner's to fix), and a grader that failed (never the learner's doing, so never their fault).
 */
export type AttemptOutcome = "queued" | "running" | "passed" | "failed" | "code-error" | "grader-error";

export interface AttemptForOutcome {
  /** The submission's status: `error` means the grader could not grade it. */
  status: "queued" | "running" | "graded" | "error";
  /** The grade result's own status: `error` means the learner's code could not be run to the end. */
  verdict?: string | null;
  score: number | null;
  maxScore: number;
}

export function attemptOutcome(attempt: AttemptForOutcome): AttemptOutcome {
  if (attempt.status === "queued" || attempt.status === "running") return attempt.status;
  if (attempt.status === "error") return "grader-error";
  if (attempt.verdict === "error") return "code-error";
  return attempt.score !== null && attempt.score >= attempt.maxScore ? "passed" : "failed";
}

export const ATTEMPT_OUTCOME_LABEL: Record<AttemptOutcome, string> = {
  queued: "Queued",
  running: "Running",
  passed: "Passed",
  failed: "Failed",
  "code-error": "Error",
  "grader-error": "Not graded",
};

/** A sentence for a tooltip or a screen reader: what the label means. */
export const ATTEMPT_OUTCOME_MEANING: Record<AttemptOutcome, string> = {
  queued: "waiting to be graded",
  running: "being graded now",
  passed: "every test passed",
  failed: "some tests failed",
  "code-error": "the code could not run to the end (a syntax error, a missing name, or a time or memory limit)",
  "grader-error": "not graded because of a problem in the grader, not in the code; it does not count as an attempt",
};
