import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { createTestDatabase } from "../support/test-database";
import type { GradeResult } from "@/lib/grade-result-schema";
import { recomputeExerciseProgress } from "@/server/progress/recompute-exercise-progress";
import { applyRegrade } from "@/server/regrades/apply-regrade";
import { recordGradingResult } from "@/server/submissions/record-grading-result";
import { makeCountdownExercise, makeUser } from "./fixtures";

// The progress rules a regrade relies on, without a grader: recomputing from submissions gives what grading one
// submission at a time gave, and applying a regrade while the same learner's live submission is recorded loses
// neither (against PostgreSQL too when TEST_DATABASE_URL is set).
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let exerciseId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  exerciseId = (await makeCountdownExercise(database.prisma)).id;
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

/** A valid result with `passed` of 4 tests passing, out of 10 points. */
function resultWith(passed: number): GradeResult {
  const tests = Array.from({ length: 4 }, (_, i) => ({ name: `T > test ${i}`, status: i < passed ? ("pass" as const) : ("fail" as const) }));
  return { version: 3, status: passed === 4 ? "pass" : "fail", score: (10 * passed) / 4, max_score: 10, duration_ms: 100, tests };
}

async function gradedSubmission(userId: string, passed: number) {
  const submission = await database.prisma.submission.create({
    data: { userId, exerciseId, code: `# ${passed}`, maxScore: 10, contentHash: "hash-v1" },
  });
  await recordGradingResult(submission.id, { kind: "graded", result: resultWith(passed) });
  return submission;
}

async function progressOf(userId: string) {
  return database.prisma.exerciseProgress.findUniqueOrThrow({ where: { userId_exerciseId: { userId, exerciseId } } });
}

describe("progress under a regrade", () => {
  it("recomputed from submissions equals what grading them one by one recorded", async () => {
    const learner = await makeUser(database.prisma);
    for (const passed of [1, 2, 4, 0, 4, 3]) await gradedSubmission(learner.id, passed);
    const incremental = await progressOf(learner.id);
    expect(incremental).toMatchObject({ bestScore: 10, attempts: 6, failedAttempts: 4, solvedOnAttempt: 3 });
    await database.prisma.$transaction((tx) => recomputeExerciseProgress(tx, learner.id, exerciseId));
    expect(await progressOf(learner.id)).toEqual(incremental);
  });

  it("applying a regrade while the learner's next submission is recorded keeps both", async () => {
    for (let round = 0; round < 4; round++) {
      const learner = await makeUser(database.prisma);
      const old = await gradedSubmission(learner.id, 2);
      const regrade = await database.prisma.regrade.create({
        data: { exerciseId, contentHash: "hash-v1", status: "applying", applyRuns: 1, applyStartedAt: new Date() },
      });
      await database.prisma.regradeItem.create({
        data: {
          regradeId: regrade.id,
          submissionId: old.id,
          userId: learner.id,
          status: "previewed",
          oldContentHash: "hash-v1",
          oldScore: 5,
          oldMaxScore: 10,
          newScore: 10,
          newMaxScore: 10,
          newResult: resultWith(4) as unknown as Prisma.InputJsonValue,
        },
      });
      const live = await database.prisma.submission.create({
        data: { userId: learner.id, exerciseId, code: "# live", maxScore: 10, contentHash: "hash-v1" },
      });
      const record = () => recordGradingResult(live.id, { kind: "graded", result: resultWith(1) });
      const apply = () => applyRegrade(regrade.id);
      const [applied, recorded] = round % 2 ? await Promise.all([apply(), record()]) : (await Promise.all([record(), apply()])).reverse();
      expect([applied, recorded]).toEqual([1, true]);
      // The regraded first attempt now solves it; the live second attempt failed.
      expect(await progressOf(learner.id)).toMatchObject({ bestScore: 10, attempts: 2, failedAttempts: 1, solvedOnAttempt: 1 });
      expect(await database.prisma.regrade.findUniqueOrThrow({ where: { id: regrade.id } })).toMatchObject({ status: "applied" });
    }
  });
});
