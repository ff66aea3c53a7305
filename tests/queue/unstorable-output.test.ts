import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { createTestDatabase } from "../support/test-database";
import { createSubmission } from "@/server/submissions/create-submission";
import { closeGradingQueue, installGradingQueue, openGradingQueue } from "@/server/queue/grading-queue";
import { startGradingWorker, type GradingWorker } from "@/server/worker/grading-worker";
import { closeSubmissionEvents } from "@/server/events/submission-events";
import { shutdownGrader } from "@/server/grading/grade-exercise";
import type { GradeResult } from "@/lib/grade-result-schema";
import { makeCountdownExercise, makeUser } from "./fixtures";

// Issue 16: a NUL printed by learner code, or a lone surrogate in an exception message, used to make the database
// refuse the result's jsonb; the job was retried three times and stored as "our fault, not an attempt". Through the
// real grader and worker, on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set), such submissions are now
// ordinary graded attempts that show a visible replacement.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let boss: PgBoss;
let worker: GradingWorker;

beforeAll(async () => {
  database = await createTestDatabase();
  await makeCountdownExercise(database.prisma);
  boss = await openGradingQueue(database, "unstorable-output-test");
  installGradingQueue(boss);
  // The exercise's stored version holds the grader fixture's countdown tests: no exercise folder is needed.
  worker = await startGradingWorker(boss, database, { concurrency: 2, pollSeconds: 0.2 });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  shutdownGrader();
  await closeSubmissionEvents();
  await closeGradingQueue();
  await database.dispose();
});

async function gradedSubmission(code: string) {
  const learner = await makeUser(database.prisma);
  const { id } = await createSubmission(learner, "countdown", code);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const row = await database.prisma.submission.findUniqueOrThrow({ where: { id } });
    if (row.status === "graded" || row.status === "error") {
      const progress = await database.prisma.exerciseProgress.findFirst({ where: { userId: learner.id } });
      return { row, result: row.result as unknown as GradeResult, progress };
    }
    expect(Date.now(), `submission still ${row.status}`).toBeLessThan(deadline);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("learner text the database cannot store as it is", () => {
  it("grades a correct program that prints NUL, showing it as ␀", async () => {
    const code = 'def countdown(n):\n    print("a\\0b")\n    while n > 0:\n        yield n\n        n -= 1\n';
    const { row, result, progress } = await gradedSubmission(code);
    expect(row.status, JSON.stringify(result)).toBe("graded");
    expect(row.gradingRuns).toBe(1);
    expect(row).toMatchObject({ score: 10 });
    expect(result.status).toBe("pass");
    const outputs = result.tests.map((test) => test.output).filter(Boolean);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(output).toBe("a\u2400b\n");
    expect(progress).toMatchObject({ attempts: 1, bestScore: 10, failedAttempts: 0 });
  });

  it("grades a program whose exception message holds a lone surrogate, showing it as U+FFFD", async () => {
    const code = 'def countdown(n):\n    raise ValueError("bad \\udc80 and \\0")\n';
    const { row, result, progress } = await gradedSubmission(code);
    expect(row.status, JSON.stringify(result)).toBe("graded");
    expect(row.gradingRuns).toBe(1);
    expect(result.status).toBe("fail");
    const messages = result.tests.map((test) => test.message ?? "").filter((message) => message.includes("ValueError"));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toContain("ValueError: bad \ufffd and \u2400");
      expect(message.isWellFormed()).toBe(true);
    }
    expect(progress).toMatchObject({ attempts: 1, bestScore: 0, failedAttempts: 1 });
  });

  it("grades a file that raises such an exception while loading as an ordinary error attempt", async () => {
    const { row, result, progress } = await gradedSubmission('raise ValueError("\\udc80")\n');
    expect(row.status, JSON.stringify(result)).toBe("graded");
    expect(result.status).toBe("error");
    expect(result.message).toContain("ValueError: \ufffd");
    expect(progress).toMatchObject({ attempts: 1, failedAttempts: 1 });
  });
});
