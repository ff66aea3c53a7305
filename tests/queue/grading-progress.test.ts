import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { recordGradingResult } from "@/server/submissions/record-grading-result";
import { startGrading } from "@/server/submissions/start-grading";
import type { GradeResult } from "@/lib/grade-result-schema";
import { makeCountdownExercise, makeUser } from "./fixtures";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let exerciseId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  exerciseId = (await makeCountdownExercise(database.prisma)).id;
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

/** A valid grader result with `passed` of 4 tests passing, out of 10 points. */
function resultWith(passed: number): GradeResult {
  const tests = Array.from({ length: 4 }, (_, i) => ({
    name: `test_${i}`,
    status: i < passed ? ("pass" as const) : ("fail" as const),
  }));
  return {
    version: 3,
    status: passed === 4 ? "pass" : "fail",
    score: (10 * passed) / 4,
    max_score: 10,
    duration_ms: 120,
    tests,
  };
}

async function queuedSubmission(userId: string) {
  return database.prisma.submission.create({
    data: { userId, exerciseId, code: "pass", maxScore: 10, contentHash: "hash-v1" },
  });
}

async function progressOf(userId: string) {
  return database.prisma.exerciseProgress.findUnique({ where: { userId_exerciseId: { userId, exerciseId } } });
}

describe("recordGradingResult", () => {
  it("keeps the best score, counts attempts and failures, and stamps the first solve once", async () => {
    const learner = await makeUser(database.prisma);
    const first = await queuedSubmission(learner.id);
    expect(await recordGradingResult(first.id, { kind: "graded", result: resultWith(2) })).toBe(true);
    expect(await progressOf(learner.id)).toMatchObject({ bestScore: 5, maxScore: 10, attempts: 1, failedAttempts: 1, firstSolvedAt: null });

    const solved = await queuedSubmission(learner.id);
    await recordGradingResult(solved.id, { kind: "graded", result: resultWith(4) });
    const afterSolve = await progressOf(learner.id);
    expect(afterSolve).toMatchObject({ bestScore: 10, attempts: 2, failedAttempts: 1, solvedOnAttempt: 2 });
    expect(afterSolve?.firstSolvedAt).toBeInstanceOf(Date);

    // A worse attempt later keeps the best score; solving again keeps the first solve time.
    const worse = await queuedSubmission(learner.id);
    await recordGradingResult(worse.id, { kind: "graded", result: resultWith(1) });
    const again = await queuedSubmission(learner.id);
    await recordGradingResult(again.id, { kind: "graded", result: resultWith(4) });
    const final = await progressOf(learner.id);
    expect(final).toMatchObject({ bestScore: 10, attempts: 4, failedAttempts: 2, solvedOnAttempt: 2 });
    expect(final?.firstSolvedAt).toEqual(afterSolve?.firstSolvedAt);
    expect(final?.lastSubmittedAt).toEqual(again.createdAt);

    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: solved.id } });
    expect(stored).toMatchObject({ status: "graded", score: 10, durationMs: 120 });
    expect((stored.result as { status: string }).status).toBe("pass");
  });

  it("counts a result recorded twice (also concurrently) only once", async () => {
    const learner = await makeUser(database.prisma);
    const submission = await queuedSubmission(learner.id);
    const outcomes = await Promise.all([
      recordGradingResult(submission.id, { kind: "graded", result: resultWith(3) }),
      recordGradingResult(submission.id, { kind: "graded", result: resultWith(4) }),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await recordGradingResult(submission.id, { kind: "graded", result: resultWith(4) })).toBe(false);
    const progress = await progressOf(learner.id);
    expect(progress?.attempts).toBe(1);
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored.score).toBe(progress?.bestScore);
  });

  it("stores a grading failure as error without counting it as the learner's attempt", async () => {
    const learner = await makeUser(database.prisma);
    const submission = await queuedSubmission(learner.id);
    await startGrading(submission.id);
    expect(await recordGradingResult(submission.id, { kind: "error", message: "grader unavailable" })).toBe(true);
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored).toMatchObject({ status: "error", score: 0, gradingRuns: 1 });
    expect((stored.result as { message: string }).message).toBe("grader unavailable");
    expect(await progressOf(learner.id)).toBeNull();
  });

  it("does not restart a submission that is already final", async () => {
    const learner = await makeUser(database.prisma);
    const submission = await queuedSubmission(learner.id);
    const claimed = await startGrading(submission.id);
    expect(claimed).toMatchObject({ id: submission.id, gradingRuns: 1, exercise: { slug: "countdown" } });
    await recordGradingResult(submission.id, { kind: "graded", result: resultWith(4) });
    expect(await startGrading(submission.id)).toBeNull();
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored).toMatchObject({ status: "graded", gradingRuns: 1 });
  });
});
