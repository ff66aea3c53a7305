import "server-only";

import { env } from "../env";

import { CheckerPool } from "./checker-pool";
import { GraderUnavailableError } from "./grader-unavailable-error";

let pool: CheckerPool | undefined;


/** The process-wide pool of trusted checkers; refuses up front where no sandbox can exist. */
export function sharedCheckerPool(): CheckerPool {
  if (process.platform !== "linux" && env().GRADER_UNSAFE_LOCAL !== "1") {
    throw new GraderUnavailableError(
      `the grading sandbox needs Linux (bubblewrap, cgroups, seccomp); this is ${process.platform}. ` +
        "For local experiments only, GRADER_UNSAFE_LOCAL=1 runs learner code without a sandbox.",
    );
  }
  pool ??= new CheckerPool(env().GRADER_CONCURRENCY);
  return pool;
}

/** Stops every pooled checker process (call before a script or test run exits). */
export function shutdownGrader(): void {
  pool?.stop();
  pool = undefined;
}
