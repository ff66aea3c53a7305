import "server-only";
import { consume } from "./sliding-window";

// Each recorded attempt is a row of up to 64 KB of answers. As many as submissions allow (20 a minute) is far more
// than a person finishing quizzes needs, and stops a script from filling the database with attempts.
const RECORDED_ATTEMPTS_PER_LEARNER = { limit: 20, windowSeconds: 60 };

/** Counts a quiz attempt that will be recorded for a signed-in learner; 429 with Retry-After past the limit. */
export async function consumeQuizAttempt(userId: string): Promise<void> {
  await consume([{ key: `quiz-attempt:${userId}`, ...RECORDED_ATTEMPTS_PER_LEARNER }], "Too many quiz attempts in a short time.");
}
