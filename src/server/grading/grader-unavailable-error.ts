import "server-only";

/** No sandbox can be built on this machine (or the checker cannot start): grading refuses instead of running code. */
export class GraderUnavailableError extends Error {
  constructor(reason: string) {
    super(`Grading is unavailable: ${reason}`);
    this.name = "GraderUnavailableError";
  }
}
