import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { createSubmission } from "@/server/submissions/create-submission";
import { closeGradingQueue, enqueueGrading } from "@/server/queue/grading-queue";
import { closeSubmissionEvents } from "@/server/events/submission-events";
import { AppError } from "@/server/errors";
import { makeCountdownExercise, makeUser, countdownSolution } from "./fixtures";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await makeCountdownExercise(database.prisma);
  await makeCountdownExercise(database.prisma, { slug: "retired", archived: true });
}, 120_000);

afterAll(async () => {
  await closeSubmissionEvents();
  await closeGradingQueue();
  await database.dispose();
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function jobsFor(submissionId: string) {
  return database.sql.query<{ state: string }>("SELECT state FROM pgboss.job WHERE name = 'grading' AND singleton_key = $1", [
    submissionId,
  ]);
}

describe("createSubmission", () => {
  it("commits a queued submission with the exercise's points and version, and enqueues exactly one job", async () => {
    const learner = await makeUser(database.prisma);
    const { id, status } = await createSubmission(learner, "countdown", countdownSolution);
    expect(status).toBe("queued");
    const row = await database.prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "queued", maxScore: 10, contentHash: "hash-v1", code: countdownSolution, userId: learner.id });
    expect(await jobsFor(id)).toHaveLength(1);
    // Enqueueing again (the sweeper after a crash) does not create a second job.
    await enqueueGrading([id]);
    expect(await jobsFor(id)).toHaveLength(1);
  });

  it("rejects code that is not text, has NUL or broken Unicode, or is over 64 KB", async () => {
    const learner = await makeUser(database.prisma);
    expect((await rejection(createSubmission(learner, "countdown", 42))).status).toBe(400);
    expect((await rejection(createSubmission(learner, "countdown", "x = 1\u0000"))).status).toBe(400);
    expect((await rejection(createSubmission(learner, "countdown", "s = '\ud800'"))).status).toBe(400);
    const tooLarge = await rejection(createSubmission(learner, "countdown", "#".repeat(64 * 1024 + 1)));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.message).toMatch(/64 KB/);
    // Exactly 64 KB of multi-byte text is still accepted.
    await createSubmission(learner, "countdown", "é".repeat(32 * 1024));
    expect(await database.prisma.submission.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("answers 404 for an unknown or archived exercise", async () => {
    const learner = await makeUser(database.prisma);
    expect((await rejection(createSubmission(learner, "no-such-exercise", "x = 1"))).status).toBe(404);
    expect((await rejection(createSubmission(learner, "retired", "x = 1"))).status).toBe(404);
  });

  it("allows three submissions in flight per learner, even when they arrive at once", async () => {
    const learner = await makeUser(database.prisma);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => createSubmission(learner, "countdown", countdownSolution)),
    );
    const accepted = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected").map((result) => result.reason as AppError);
    expect(accepted).toHaveLength(3);
    expect(refused.map((error) => error.status)).toEqual([429, 429]);
    expect(refused[0].retryAfterSeconds).toBeGreaterThan(0);
    expect(refused[0].message).toMatch(/waiting to be graded/);
    // Someone else is not affected.
    const other = await makeUser(database.prisma);
    await expect(createSubmission(other, "countdown", countdownSolution)).resolves.toMatchObject({ status: "queued" });
  });

  it("allows twenty submissions per minute per learner", async () => {
    const learner = await makeUser(database.prisma);
    for (let i = 0; i < 20; i++) {
      const { id } = await createSubmission(learner, "countdown", `x = ${i}`);
      // Finished at once, so the in-flight limit does not interfere.
      await database.prisma.submission.update({ where: { id }, data: { status: "graded" } });
    }
    const refused = await rejection(createSubmission(learner, "countdown", "x = 21"));
    expect(refused.status).toBe(429);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});
