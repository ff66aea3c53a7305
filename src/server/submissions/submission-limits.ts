import "server-only";

/** The largest program a learner may submit, in UTF-8 bytes. */
export const MAX_CODE_BYTES = 64 * 1024;
/** Submissions one learner may have queued or running at once. */
export const MAX_IN_FLIGHT_PER_LEARNER = 3;
/** Submissions one learner may make per minute (a sliding window over their own submissions). */
export const MAX_SUBMISSIONS_PER_MINUTE = 20;
