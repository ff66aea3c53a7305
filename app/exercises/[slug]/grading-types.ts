import type { GradeResult, TestResult } from "@/lib/grade-result-schema";

/** One test's outcome as the grader reports it (Exercism v3), with the async timeline of tests that ran async code. */
export type TestOutcome = TestResult;

/**
 * A grading result as GET /api/submissions/[id] returns it under `result`: the protocol's result (one definition,
 * src/lib/grade-result-schema.ts); `version` and `duration_ms` may be absent from one built here.
 */
export type GradingResult = Omit<GradeResult, "version" | "duration_ms"> & Partial<Pick<GradeResult, "version" | "duration_ms">>;

export type SubmissionStatus = "queued" | "running" | "graded" | "error";

/** GET /api/submissions/[id]. */
export type SubmissionView = {
  id: string;
  status: SubmissionStatus;
  score: number | null;
  max_score: number;
  /** For an `error` submission the server may send only `{message}`. */
  result?: GradingResult | { message: string } | null;
};

/** One past attempt as the exercise page lists it. */
export type AttemptSummary = {
  id: string;
  createdAt: string;
  status: SubmissionStatus;
  score: number | null;
  maxScore: number;
  /** The result's own status: "error" when the code could not run (syntax error, missing name, timeout). */
  verdict?: "pass" | "fail" | "error" | null;
  /** Set when this grade came from a regrade after the exercise's tests changed. */
  regrade?: AttemptRegrade;
};

/** When an attempt was regraded and what it scored before. */
export type AttemptRegrade = { at: string; previousScore: number; previousMaxScore: number };

/** A full grading result from what the server sent: a bare `{message}` becomes an error result. */
export function asGradingResult(result: SubmissionView["result"], maxScore: number): GradingResult | null {
  if (!result) return null;
  if ("tests" in result) return result;
  return { status: "error", message: result.message, score: 0, max_score: maxScore, tests: [] };
}

/** The line a syntax or indentation error points at, from the grader's message ("... on line 3 ..."). */
export function errorLineOf(result: GradingResult | null): number | null {
  if (!result || result.status !== "error" || !result.message) return null;
  const match = /\bline (\d+)\b/.exec(result.message);
  return match ? Number(match[1]) : null;
}
