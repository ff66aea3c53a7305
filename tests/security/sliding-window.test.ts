// Rate limits are sliding windows: a limit counts the hits of the last N seconds, whatever the clock says, and a
// check and its count cannot be split by parallel requests. Runs on both databases (CI's second pass).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { AppError } from "@/server/errors";
import { consumeQuizAttempt } from "@/server/rate-limit/quiz-attempt-limits";
import { verifyUnderSignInLimits } from "@/server/rate-limit/sign-in-limits";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.dispose();
});

let counter = 0;
const uniqueKey = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

/** `count` hits of `key` recorded `secondsAgo` seconds ago, one millisecond apart, as earlier requests left them. */
async function pastHits(key: string, count: number, secondsAgo: number) {
  const at = Date.now() - secondsAgo * 1000;
  await database.prisma.rateLimitHit.createMany({ data: Array.from({ length: count }, (_, i) => ({ key, at: new Date(at - i) })) });
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "allowed",
    (error: unknown) => {
      if (error instanceof AppError && error.status === 429) return "refused";
      throw error;
    },
  );

describe("a sliding window", () => {
  it("refuses while the last minute holds the limit, for as long as its oldest hit stays in that minute", async () => {
    // 20 quiz attempts 59.5 s ago: a window aligned to the clock's minutes would usually have started afresh.
    const learner = uniqueKey("learner");
    await pastHits(`quiz-attempt:${learner}`, 20, 59.5);
    const refused = (await consumeQuizAttempt(learner).catch((error: unknown) => error)) as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 429 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(1);
    expect(refused.message).toMatch(/Try again in 1 seconds?\./);
  });

  it("forgets hits once they are older than the window, and counts the new ones from there", async () => {
    const learner = uniqueKey("learner");
    await pastHits(`quiz-attempt:${learner}`, 20, 60.5);
    const outcomes = [];
    for (let i = 0; i < 21; i++) outcomes.push(await outcome(consumeQuizAttempt(learner)));
    expect(outcomes).toEqual([...Array(20).fill("allowed"), "refused"]);
    // The old hits were deleted on the way: the table does not grow with every key's history.
    const rows = await database.prisma.rateLimitHit.findMany({ where: { key: `quiz-attempt:${learner}` } });
    expect(rows.every((row) => row.at.getTime() > Date.now() - 60_000)).toBe(true);
  });

  it("half the limit late in one minute and half early in the next are one full window", async () => {
    const learner = uniqueKey("learner");
    await pastHits(`quiz-attempt:${learner}`, 10, 20);
    const outcomes = [];
    for (let i = 0; i < 11; i++) outcomes.push(await outcome(consumeQuizAttempt(learner)));
    expect(outcomes).toEqual([...Array(10).fill("allowed"), "refused"]);
  });

  it("lets exactly the limit through when requests arrive in parallel", async () => {
    const learner = uniqueKey("learner");
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => outcome(consumeQuizAttempt(learner))));
    expect(outcomes.filter((value) => value === "allowed")).toHaveLength(20);
    expect(outcomes.filter((value) => value === "refused")).toHaveLength(10);
  });
});

describe("failed sign-ins", () => {
  const wrong = async () => null;
  const right = async () => ({ id: "user" });

  it("give parallel guesses at one account exactly ten tries, even while the passwords are being checked", async () => {
    const email = `${uniqueKey("parallel")}@school.example`;
    // A slow password check (as scrypt is) widens the gap a check-then-count limit leaves open.
    const slowWrong = () => new Promise<null>((resolve) => setTimeout(() => resolve(null), 50));
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => outcome(verifyUnderSignInLimits(email, `192.0.2.${i}`, slowWrong))),
    );
    expect(outcomes.filter((value) => value === "allowed")).toHaveLength(10);
    expect(outcomes.filter((value) => value === "refused")).toHaveLength(20);
  });

  it("count only the failures: right passwords between them take nothing from the allowance", async () => {
    const email = `${uniqueKey("mixed")}@school.example`;
    const ip = "198.51.100.7";
    for (let i = 0; i < 9; i++) expect(await verifyUnderSignInLimits(email, ip, wrong)).toBeNull();
    for (let i = 0; i < 5; i++) expect(await verifyUnderSignInLimits(email, ip, right)).toEqual({ id: "user" });
    expect(await verifyUnderSignInLimits(email, ip, wrong)).toBeNull(); // the tenth failure
    // Now full: refused before the password is even checked, the right one too.
    let checked = false;
    const refused = (await verifyUnderSignInLimits(email, ip, async () => {
      checked = true;
      return { id: "user" };
    }).catch((error: unknown) => error)) as AppError;
    expect(refused).toMatchObject({ status: 429 });
    expect(refused.message).toMatch(/Too many failed sign-in attempts/);
    expect(checked).toBe(false);
  });

  it("a check that fails on our side is not counted as the learner's failure", async () => {
    const email = `${uniqueKey("broken")}@school.example`;
    for (let i = 0; i < 15; i++) {
      await expect(verifyUnderSignInLimits(email, "198.51.100.8", () => Promise.reject(new Error("database down")))).rejects.toThrow(
        "database down",
      );
    }
    expect(await verifyUnderSignInLimits(email, "198.51.100.8", right)).toEqual({ id: "user" });
  });
});
