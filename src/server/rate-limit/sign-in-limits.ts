import "server-only";
import { assertUnderLimit, consume, type LimitRule } from "./sliding-window";

// Tuned so a classroom of 60 behind one school address can all sign up and sign in within minutes, while
// guessing one account's password is stopped after a handful of tries.
const FAILED_PER_ACCOUNT = { limit: 10, windowSeconds: 15 * 60 };
const FAILED_PER_IP = { limit: 200, windowSeconds: 15 * 60 };
const SIGNUPS_PER_IP = { limit: 120, windowSeconds: 60 * 60 };
// Sign-up answers "this email is taken" (409), so attempts per email are capped to keep that from becoming an
// enumeration oracle; a real person needs one or two tries.
const SIGNUPS_PER_EMAIL = { limit: 5, windowSeconds: 60 * 60 };
// A script that holds a valid password could otherwise mint tokens without end.
const TOKENS_PER_ACCOUNT = { limit: 30, windowSeconds: 60 * 60 };

function failedRules(email: string, ip: string): LimitRule[] {
  return [
    { key: `signin-fail-account:${email.toLowerCase()}`, ...FAILED_PER_ACCOUNT },
    { key: `signin-fail-ip:${ip}`, ...FAILED_PER_IP },
  ];
}

const tooMany = "Too many failed sign-in attempts.";

/** Refuses a sign-in (429) while the account or the address has too many recent failures; counts nothing. */
export async function checkSignInAllowed(email: string, ip: string): Promise<void> {
  await assertUnderLimit(failedRules(email, ip), tooMany);
}

/**
 * Checks a password under the failed sign-in limits: refused (429) while the account or the address has too many
 * recent failures, even for the right password. The attempt is counted as a failure before `verify` runs and taken
 * back if it succeeds, so parallel guesses cannot slip past the limit while their passwords are being checked.
 */
export async function verifyUnderSignInLimits<T>(email: string, ip: string, verify: () => Promise<T | null>): Promise<T | null> {
  const attempt = await consume(failedRules(email, ip), tooMany);
  let verified: T | null;
  try {
    verified = await verify();
  } catch (error) {
    await attempt.release(); // our failure, not a wrong password
    throw error;
  }
  if (verified !== null) await attempt.release();
  return verified;
}

/** Counts a sign-up attempt from an address for an email; 429 past either hourly limit. */
export async function consumeSignUp(ip: string, email: string): Promise<void> {
  await consume([{ key: `signup-ip:${ip}`, ...SIGNUPS_PER_IP }], "Too many accounts created from this address.");
  await consume([{ key: `signup-email:${email.toLowerCase()}`, ...SIGNUPS_PER_EMAIL }], "Too many sign-up attempts for this email.");
}

/** Counts a new personal access token for an account; 429 past the hourly limit. */
export async function consumeTokenCreation(userId: string): Promise<void> {
  await consume([{ key: `token-create:${userId}`, ...TOKENS_PER_ACCOUNT }], "Too many tokens created for this account.");
}
