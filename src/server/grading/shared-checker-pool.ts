import "server-only";

import os from "node:os";

import { CheckerPool } from "./checker-pool";
import { GraderUnavailableError } from "./grader-unavailable-error";

let pool: CheckerPool | undefined;

function poolSize(): number {
  const configured = Number(process.env.GRADER_CONCURRENCY);
  return Number.isInteger(configured) && configured > 0 ? configured : os.availableParallelism();
}

/** The process-wide pool of trusted checkers; refuses up front where no sandbox can exist. */
export function sharedCheckerPool(): CheckerPool {
  if (process.platform !== "linux" && process.env.GRADER_UNSAFE_LOCAL !== "1") {
    throw new GraderUnavailableError(
      `the grading sandbox needs Linux (bubblewrap, cgroups, seccomp); this is ${process.platform}. ` +
        "For local experiments only, GRADER_UNSAFE_LOCAL=1 runs learner code without a sandbox.",
    );
  }
  pool ??= new CheckerPool(poolSize());
  return pool;
}

/** Stops every pooled checker process (call before a script or test run exits). */
export function shutdownGrader(): void {
  pool?.stop();
  pool = undefined;
}
