import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { createTestDatabase } from "../support/test-database";
import { syncContent } from "@/server/content/sync-content";
import { shutdownGrader } from "@/server/grading/grade-exercise";
import { closeGradingQueue, installGradingQueue, openGradingQueue } from "@/server/queue/grading-queue";
import { startGradingWorker } from "@/server/worker/grading-worker";
import { createSubmission } from "@/server/submissions/create-submission";
import { closeSubmissionEvents } from "@/server/events/submission-events";
import { makeUser } from "./fixtures";
import { iteratorClassAnswer, testsV2, writeCountdownCourse, yieldsZeroAnswer } from "./regrade-course";
import { waitFor } from "../support/wait-for";

// Issue 12, item 1: a submission is graded by exactly the version it was submitted against, from the database,
// whatever happened to the files (and with no course folder at all) by the time a worker takes it.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let boss: PgBoss;

beforeAll(async () => {
  database = await createTestDatabase();
  boss = await openGradingQueue(database, "test");
  installGradingQueue(boss);
}, 120_000);

afterAll(async () => {
  shutdownGrader();
  await closeSubmissionEvents();
  await closeGradingQueue();
  await database.dispose();
});

async function graded(id: string) {
  return waitFor(`submission ${id} to be graded`, async () => {
    const row = await database.prisma.submission.findUniqueOrThrow({ where: { id } });
    return row.status === "graded" || row.status === "error" ? row : undefined;
  });
}

describe("a queued submission after its exercise changed on disk", () => {
  it("gets the verdict of the version it was submitted against, with no course folder left", async () => {
    const course = await writeCountdownCourse();
    await syncContent(database.prisma, course.root);
    const v1 = await database.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    const learner = await makeUser(database.prisma);

    // Queued while no worker runs: 2 of 2 under v1 (it yields 0 for countdown(0), which v1 never tries).
    const before = await createSubmission(learner, "countdown", yieldsZeroAnswer);

    // The tests change and are synced, then the course folder disappears altogether.
    await course.writeTests(testsV2);
    const report = await syncContent(database.prisma, course.root);
    expect(report.updated).toEqual(["countdown"]);
    const v2 = await database.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    expect(v2.contentHash).not.toBe(v1.contentHash);
    await course.cleanup();

    // Submitted after the sync: names v2.
    const after = await createSubmission(learner, "countdown", yieldsZeroAnswer);
    const other = await createSubmission(learner, "countdown", iteratorClassAnswer);

    const worker = await startGradingWorker(boss, database, { concurrency: 2 });
    try {
      const old = await graded(before.id);
      expect(old).toMatchObject({ status: "graded", score: 10, contentHash: v1.contentHash, gradedContentHash: v1.contentHash });
      expect((old.result as { status: string }).status).toBe("pass");

      const fresh = await graded(after.id);
      expect(fresh).toMatchObject({ status: "graded", score: 5, contentHash: v2.contentHash, gradedContentHash: v2.contentHash });
      const failing = (fresh.result as { tests: { name: string; status: string }[] }).tests.filter((test) => test.status !== "pass");
      expect(failing.map((test) => test.name)).toEqual(["CountdownTest > zero yields nothing"]);

      // v2 no longer demands a generator function.
      expect(await graded(other.id)).toMatchObject({ score: 10, gradedContentHash: v2.contentHash });
    } finally {
      await worker.stop();
    }
  });
});
