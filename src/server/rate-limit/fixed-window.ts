import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";

export interface LimitRule {
  /** What is being limited, e.g. "signin-ip:203.0.113.9". */
  key: string;
  limit: number;
  windowSeconds: number;
}

function windowStart(rule: LimitRule, now: number): Date {
  const size = rule.windowSeconds * 1000;
  return new Date(Math.floor(now / size) * size);
}

/** Counts one hit against each rule (in the database, so every app process shares the counts). */
export async function hit(rules: LimitRule[]): Promise<void> {
  const db = await getDb();
  const now = Date.now();
  for (const rule of rules) {
    const start = windowStart(rule, now);
    await db.rateLimitWindow.upsert({
      where: { key_windowStart: { key: rule.key, windowStart: start } },
      create: { key: rule.key, windowStart: start, count: 1 },
      update: { count: { increment: 1 } },
    });
  }
}

/** Throws 429 with Retry-After when any rule's current window is full. */
export async function assertUnderLimit(rules: LimitRule[], message: string): Promise<void> {
  const db = await getDb();
  const now = Date.now();
  for (const rule of rules) {
    const start = windowStart(rule, now);
    const row = await db.rateLimitWindow.findUnique({
      where: { key_windowStart: { key: rule.key, windowStart: start } },
    });
    if (row && row.count >= rule.limit) {
      const retryAfter = (start.getTime() + rule.windowSeconds * 1000 - now) / 1000;
      throw new AppError("rate_limited", `${message} Try again in ${Math.ceil(retryAfter)} seconds.`, undefined, retryAfter);
    }
  }
}

/** Counts a hit and throws 429 if it went over a limit. */
export async function consume(rules: LimitRule[], message: string): Promise<void> {
  await assertUnderLimit(rules, message);
  await hit(rules);
}
