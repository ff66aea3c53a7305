import "server-only";

import path from "node:path";

import { CheckerFailure } from "./checker-pool";
import { readExerciseGradingSettings } from "./exercise-grading-settings";
import { GraderUnavailableError } from "./grader-unavailable-error";
import { errorResult, type GradeResult, parseGradeResult } from "./result-schema";
import { resolveSandboxLimits, type SandboxLimits, toCheckerLimits } from "./sandbox-limits";
import { sharedCheckerPool } from "./shared-checker-pool";

export { GraderUnavailableError } from "./grader-unavailable-error";
export { shutdownGrader } from "./shared-checker-pool";

const DEFAULT_MAX_SCORE = 10;
const MAX_SOURCE_BYTES = 256 * 1024;
// Beyond the sandbox's own wall limit: checker start-up, loading the tests, cleaning up.
const WATCHDOG_MARGIN_MS = 15_000;

export type GradeExerciseInput = {
  exerciseDir: string;
  code: string;
  maxScore?: number;
  limits?: Partial<SandboxLimits>;
};

/**
 * Grades a learner's Python code against `<exerciseDir>/tests.py` in a fresh sandbox. Never throws for anything
 * the learner did (that is a result); throws GraderUnavailableError when no sandbox can be built here.
 */
export async function gradeExercise(input: GradeExerciseInput): Promise<GradeResult> {
  const exerciseDir = path.resolve(input.exerciseDir);
  const settings = await readExerciseGradingSettings(exerciseDir);
  const maxScore = input.maxScore ?? settings.points ?? DEFAULT_MAX_SCORE;
  if (Buffer.byteLength(input.code, "utf8") > MAX_SOURCE_BYTES) {
    return errorResult(`Your submission is larger than ${MAX_SOURCE_BYTES / 1024} KB; it was not run.`, maxScore);
  }
  const limits = resolveSandboxLimits(settings.limits, input.limits);
  const pool = sharedCheckerPool();
  try {
    const raw = await pool.submit(
      { kind: "grade", exercise_dir: exerciseDir, code: input.code, max_score: maxScore, limits: toCheckerLimits(limits) },
      limits.wallSeconds * 1000 + WATCHDOG_MARGIN_MS,
    );
    return parseGradeResult(raw, maxScore);
  } catch (error) {
    if (error instanceof GraderUnavailableError) throw error;
    if (error instanceof CheckerFailure) {
      return errorResult(`Grading failed because of a problem in the grader, not in your code (${error.message}).`, maxScore);
    }
    throw error;
  }
}
