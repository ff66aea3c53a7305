import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";

/**
 * Rate limits as sliding windows: a rule allows `limit` hits of its key in any `windowSeconds` span. Unlike windows
 * aligned to the clock, a burst cannot get twice the limit across a window's edge, and a refused client waits until
 * its own oldest hit is old enough, not until the clock's next quarter-hour. Hits are rows (`RateLimitHit`) in the
 * database, so every app process shares the counts.
 */
export interface LimitRule {
  /** What is being limited, e.g. "signin-fail-ip:203.0.113.9". */
  key: string;
  limit: number;
  windowSeconds: number;
}

/** A hit counted by `consume`, which `release` takes back (a sign-in that turned out right is not a failure). */
export interface CountedHit {
  release(): Promise<void>;
}

/** The longest window any rule uses, with room: hits older than this are deleted now and then. */
const OLDEST_HIT_KEPT_MS = 24 * 60 * 60 * 1000;

type Db = Awaited<ReturnType<typeof getDb>>;
// Instants go to SQL as ISO strings read as UTC and come back as epoch milliseconds: `timestamp(3)` columns hold UTC
// (as Prisma writes them), whatever the session's time zone.
const utc = (parameter: number) => `($${parameter}::timestamptz AT TIME ZONE 'UTC')`;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * How long until the key has room for one more hit, in seconds, or null when it has room now: the window is full
 * while the newest hits inside it add up to `limit`, and has room once the hit that reached it leaves the window.
 */
async function secondsUntilRoom(tx: Tx | Db, rule: LimitRule, now: number): Promise<number | null> {
  const windowMs = rule.windowSeconds * 1000;
  const rows = await tx.$queryRawUnsafe<{ at_ms: number }[]>(
    `SELECT (extract(epoch FROM at) * 1000)::float8 AS at_ms FROM (
       SELECT at, sum(count) OVER (ORDER BY at DESC) AS newer FROM "RateLimitHit" WHERE key = $1 AND at > ${utc(2)}
     ) hits WHERE newer >= $3::int ORDER BY at DESC LIMIT 1`,
    rule.key,
    new Date(now - windowMs).toISOString(),
    rule.limit,
  );
  if (rows.length === 0) return null;
  return Math.max(0.001, (rows[0].at_ms + windowMs - now) / 1000);
}

async function refuseWhenFull(tx: Tx | Db, rules: LimitRule[], message: string, now: number): Promise<void> {
  let wait: number | null = null;
  for (const rule of rules) {
    const seconds = await secondsUntilRoom(tx, rule, now);
    if (seconds !== null) wait = Math.max(wait ?? 0, seconds);
  }
  if (wait !== null) throw new AppError("rate_limited", `${message} Try again in ${Math.ceil(wait)} seconds.`, undefined, wait);
}

async function insertHits(tx: Tx | Db, rules: LimitRule[], at: Date): Promise<void> {
  for (const rule of rules) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "RateLimitHit" (key, at, count) VALUES ($1, ${utc(2)}, 1)
       ON CONFLICT (key, at) DO UPDATE SET count = "RateLimitHit".count + 1`,
      rule.key,
      at.toISOString(),
    );
    // This key's hits that no window can see any more.
    await tx.$executeRawUnsafe(
      `DELETE FROM "RateLimitHit" WHERE key = $1 AND at <= ${utc(2)}`,
      rule.key,
      new Date(at.getTime() - rule.windowSeconds * 1000).toISOString(),
    );
  }
  // Keys that are never hit again (an email tried once) are swept now and then.
  if (Math.random() < 0.01) {
    await tx.$executeRawUnsafe(`DELETE FROM "RateLimitHit" WHERE at < ${utc(1)}`, new Date(at.getTime() - OLDEST_HIT_KEPT_MS).toISOString());
  }
}

/** Throws 429 with Retry-After when any rule's window is full; counts nothing. */
export async function assertUnderLimit(rules: LimitRule[], message: string): Promise<void> {
  await refuseWhenFull(await getDb(), rules, message, Date.now());
}

/**
 * Counts one hit against each rule, or throws 429 with Retry-After when any window is full (and then counts
 * nothing). Check and count happen under a lock on the keys, so concurrent requests can never pass a limit.
 */
export async function consume(rules: LimitRule[], message: string): Promise<CountedHit> {
  const db = await getDb();
  const at = new Date();
  await db.$transaction(
    async (tx) => {
      // Sorted, so two requests locking the same keys never wait for each other in opposite orders.
      for (const key of [...new Set(rules.map((rule) => rule.key))].sort()) {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, `rate-limit:${key}`);
      }
      await refuseWhenFull(tx, rules, message, at.getTime());
      await insertHits(tx, rules, at);
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  return {
    release: async () => {
      for (const rule of rules) {
        await db.$executeRawUnsafe(
          `UPDATE "RateLimitHit" SET count = count - 1 WHERE key = $1 AND at = ${utc(2)} AND count > 0`,
          rule.key,
          at.toISOString(),
        );
      }
    },
  };
}
