import "server-only";

import { CheckerFailure } from "./checker-pool";
import { type ExerciseGradingSpec, readExerciseGradingSpec } from "./exercise-grading-spec";
import { GraderUnavailableError } from "./grader-unavailable-error";
import { errorResult, type GradeResult, parseGradeResult } from "@/lib/grade-result-schema";
import { resolveSandboxLimits, type SandboxLimits, WATCHDOG_MARGIN_SECONDS } from "@/lib/grading-protocol";
import { sharedCheckerPool } from "./shared-checker-pool";

export { GraderUnavailableError } from "./grader-unavailable-error";
export { shutdownGrader } from "./shared-checker-pool";

const MAX_SOURCE_BYTES = 256 * 1024;

export type GradeExerciseInput = (
  | {
      /** A stored exercise version's grading data (the worker: exactly the version a submission names). */
      exercise: ExerciseGradingSpec;
    }
  | {
      /** An exercise folder on disk, read now (`npm run grade`, content:check, tests). */
      exerciseDir: string;
    }
) & {
  code: string;
  /** Defaults to the exercise's points. */
  maxScore?: number;
  /** Overrides on top of the exercise's own limits. */
  limits?: Partial<SandboxLimits>;
  /**
   * Throw CheckerFailure instead of returning an `error` result when the grader itself failed. A regrade wants this:
   * a grader hiccup must never replace a learner's earlier verdict with a zero.
   */
  throwOnGraderFailure?: boolean;
};

/**
 * Grades a learner's Python code against an exercise's hidden tests in a fresh sandbox. The tests travel in the
 * checker job, so the checker reads no course files. Never throws for anything the learner did (that is a
 * result); throws GraderUnavailableError when no sandbox can be built here.
 */
export async function gradeExercise(input: GradeExerciseInput): Promise<GradeResult> {
  const spec = "exercise" in input ? input.exercise : await readExerciseGradingSpec(input.exerciseDir);
  const maxScore = input.maxScore ?? spec.points;
  if (Buffer.byteLength(input.code, "utf8") > MAX_SOURCE_BYTES) {
    return errorResult(`Your submission is larger than ${MAX_SOURCE_BYTES / 1024} KB; it was not run.`, maxScore);
  }
  const limits = resolveSandboxLimits(spec.limits, input.limits);
  const pool = sharedCheckerPool();
  try {
    const raw = await pool.submit(
      { kind: "grade", tests: spec.tests, code: input.code, max_score: maxScore, limits },
      (limits.wall_seconds + WATCHDOG_MARGIN_SECONDS) * 1000,
    );
    return parseGradeResult(raw, maxScore);
  } catch (error) {
    if (error instanceof GraderUnavailableError) throw error;
    if (error instanceof CheckerFailure && !input.throwOnGraderFailure) {
      return errorResult(`Grading failed because of a problem in the grader, not in your code (${error.message}).`, maxScore);
    }
    throw error;
  }
}
