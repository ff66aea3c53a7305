import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { createTestDatabase } from "../support/test-database";
import { waitFor } from "../support/wait-for";
import { syncContent } from "@/server/content/sync-content";
import { AppError } from "@/server/errors";
import { shutdownGrader } from "@/server/grading/grade-exercise";
import { closeGradingQueue, installGradingQueue, openGradingQueue } from "@/server/queue/grading-queue";
import { startGradingWorker, type GradingWorker } from "@/server/worker/grading-worker";
import { applyRegrade, requestRegradeApply } from "@/server/regrades/apply-regrade";
import { countRegradeCandidates } from "@/server/regrades/count-regrade-candidates";
import { getRegrade, type RegradeView } from "@/server/regrades/get-regrade";
import { listExercisesToRegrade } from "@/server/regrades/list-exercises-to-regrade";
import { startRegrade } from "@/server/regrades/start-regrade";
import { createSubmission } from "@/server/submissions/create-submission";
import { getSubmissionForViewer, listSubmissions } from "@/server/submissions/get-submission";
import { closeSubmissionEvents } from "@/server/events/submission-events";
import type { PublicUser } from "@/server/auth/users";
import { makeUser } from "./fixtures";
import { generatorAnswer, iteratorClassAnswer, testsV2, writeCountdownCourse, yieldsZeroAnswer } from "./regrade-course";

// Issue 12, item 2: after a test change a teacher regrades their class's past submissions: a dry run lists who
// would go up or down, applying stores the new verdicts (the old ones kept) and progress follows, exactly once.
// Runs against PostgreSQL too when TEST_DATABASE_URL is set.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let boss: PgBoss;
let worker: GradingWorker | undefined;
let course: Awaited<ReturnType<typeof writeCountdownCourse>>;

beforeAll(async () => {
  database = await createTestDatabase();
  boss = await openGradingQueue(database, "test");
  installGradingQueue(boss);
  course = await writeCountdownCourse();
  await syncContent(database.prisma, course.root);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  shutdownGrader();
  await closeSubmissionEvents();
  await closeGradingQueue();
  await database.dispose();
  await course.cleanup();
});

async function graded(id: string) {
  return waitFor(`submission ${id} to be graded`, async () => {
    const row = await database.prisma.submission.findUniqueOrThrow({ where: { id } });
    return row.status === "graded" ? row : undefined;
  });
}

async function progressOf(user: PublicUser) {
  const exercise = await database.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
  return database.prisma.exerciseProgress.findUniqueOrThrow({ where: { userId_exerciseId: { userId: user.id, exerciseId: exercise.id } } });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function until(viewer: PublicUser, id: string, status: RegradeView["status"]) {
  return waitFor(`regrade ${id} to be ${status}`, async () => {
    const view = await getRegrade(viewer, id);
    return view.status === status ? view : undefined;
  });
}

describe("regrading a class after a test change", () => {
  it("dry-runs, applies in the background behind live submissions, keeps the old results and updates progress once", async () => {
    const teacher = await makeUser(database.prisma, "teacher");
    const otherTeacher = await makeUser(database.prisma, "teacher");
    const admin = await makeUser(database.prisma, "admin");
    const [up, down, same, outsider] = await Promise.all([1, 2, 3, 4].map(() => makeUser(database.prisma)));
    const classroom = await database.prisma.classroom.create({ data: { name: "Period 3", ownerId: teacher.id, joinCode: `RG${Date.now()}` } });
    await database.prisma.enrollment.createMany({ data: [up, down, same].map((learner) => ({ classId: classroom.id, userId: learner.id })) });
    const inClass = { exerciseSlug: "countdown", classId: classroom.id };
    const countdown = await database.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    await database.prisma.assignment.create({ data: { classId: classroom.id, exerciseId: countdown.id } });

    // Graded by the first, too strict, tests.
    worker = await startGradingWorker(boss, database, { concurrency: 2 });
    const before = {
      up: await createSubmission(up, "countdown", iteratorClassAnswer),
      down: await createSubmission(down, "countdown", yieldsZeroAnswer),
      same: await createSubmission(same, "countdown", generatorAnswer),
      outsider: await createSubmission(outsider, "countdown", iteratorClassAnswer),
    };
    const first = {
      up: await graded(before.up.id),
      down: await graded(before.down.id),
      same: await graded(before.same.id),
      outsider: await graded(before.outsider.id),
    };
    expect([first.up.score, first.down.score, first.same.score, first.outsider.score]).toEqual([5, 10, 10, 5]);
    expect(await progressOf(down)).toMatchObject({ bestScore: 10, attempts: 1, failedAttempts: 0, solvedOnAttempt: 1 });
    await worker.stop();
    worker = undefined;

    // The author fixes the tests; nothing has been regraded yet.
    expect(await rejection(countRegradeCandidates(teacher, inClass).then(() => startRegrade(teacher, inClass)))).toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/Nothing to regrade/),
    });
    await course.writeTests(testsV2);
    await syncContent(database.prisma, course.root);

    // The class page offers it; who may regrade whom.
    expect(await listExercisesToRegrade(teacher, classroom.id)).toEqual([
      { slug: "countdown", title: "Countdown generator", submissions: 3, students: 3 },
    ]);
    expect(await countRegradeCandidates(teacher, inClass)).toMatchObject({ submissions: 3, learners: 3 });
    expect(await countRegradeCandidates(admin, { exerciseSlug: "countdown" })).toMatchObject({ submissions: 4, learners: 4 });
    expect((await rejection(countRegradeCandidates(otherTeacher, inClass))).status).toBe(404);
    expect((await rejection(startRegrade(up, inClass))).status).toBe(403);
    expect((await rejection(startRegrade(teacher, { exerciseSlug: "countdown" }))).status).toBe(403);
    expect((await rejection(startRegrade(teacher, { ...inClass, exerciseSlug: "no-such-exercise" }))).status).toBe(404);
    expect((await rejection(startRegrade(null, inClass))).status).toBe(401);

    // The dry run is queued while no worker runs; then a learner submits. With one slot, the live submission is
    // graded before any of the regrade's work.
    const { id, items } = await startRegrade(teacher, inClass);
    expect(items).toBe(3);
    expect((await rejection(getRegrade(otherTeacher, id))).status).toBe(404);
    expect((await rejection(getRegrade(up, id))).status).toBe(403);
    expect((await rejection(requestRegradeApply(teacher, id))).message).toMatch(/still grading/);
    const waiting = await getRegrade(teacher, id);
    expect(waiting).toMatchObject({ status: "previewing", progress: { total: 3, toGrade: 3, graded: 0 }, canApply: false });
    const live = await createSubmission(outsider, "countdown", generatorAnswer);
    worker = await startGradingWorker(boss, database, { concurrency: 1 });
    const liveGraded = await graded(live.id);

    const previewed = await until(teacher, id, "previewed");
    const itemRows = await database.prisma.regradeItem.findMany({ where: { regradeId: id } });
    expect(itemRows.every((item) => item.gradedAt! >= liveGraded.finishedAt!)).toBe(true);
    expect(previewed).toMatchObject({ progress: { total: 3, toGrade: 0, graded: 3, failed: 0 }, changedSubmissions: 2, unchanged: 1, canApply: true });
    expect(previewed.up.map((change) => [change.name, change.oldBest, change.newBest, change.solvedAfter])).toEqual([[up.name, 5, 10, true]]);
    expect(previewed.down.map((change) => [change.name, change.oldBest, change.newBest, change.solvedBefore])).toEqual([[down.name, 10, 5, true]]);
    // A dry run changes nothing a learner sees.
    expect(await database.prisma.submission.findUniqueOrThrow({ where: { id: before.up.id } })).toMatchObject({ score: 5, regradedAt: null });

    await requestRegradeApply(teacher, id);
    const applied = await until(teacher, id, "applied");
    expect(applied).toMatchObject({ progress: { total: 3, applied: 3, graded: 0, skipped: 0 }, canApply: false });
    expect(applied.appliedAt).not.toBeNull();

    const v2 = await database.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    const upNow = await database.prisma.submission.findUniqueOrThrow({ where: { id: before.up.id } });
    expect(upNow).toMatchObject({ score: 10, gradedContentHash: v2.contentHash, contentHash: first.up.contentHash });
    expect(upNow.regradedAt).toBeInstanceOf(Date);
    // The earlier verdict is kept for the record.
    const upItem = itemRows.find((item) => item.submissionId === before.up.id)!;
    expect(upItem).toMatchObject({ oldScore: 5, oldContentHash: first.up.contentHash });
    expect(upItem.oldResult).toEqual(first.up.result);

    // Progress as if the new verdicts had always been there; attempts are the same attempts.
    const upProgress = await progressOf(up);
    expect(upProgress).toMatchObject({ bestScore: 10, attempts: 1, failedAttempts: 0, solvedOnAttempt: 1 });
    expect(upProgress.firstSolvedAt).toEqual(first.up.finishedAt);
    expect(await progressOf(down)).toMatchObject({ bestScore: 5, attempts: 1, failedAttempts: 1, solvedOnAttempt: null, firstSolvedAt: null });
    expect(await progressOf(same)).toMatchObject({ bestScore: 10, failedAttempts: 0, solvedOnAttempt: 1 });
    // Not in the class: untouched.
    expect(await database.prisma.submission.findUniqueOrThrow({ where: { id: before.outsider.id } })).toMatchObject({ score: 5, regradedAt: null });
    expect(await progressOf(outsider)).toMatchObject({ bestScore: 10, attempts: 2 });

    expect(await listExercisesToRegrade(teacher, classroom.id)).toEqual([]);

    // The learner's attempt list says the grade came from a regrade, and what it was.
    const [attempt] = await listSubmissions(up, up.id, "countdown");
    expect(attempt).toMatchObject({ score: 10, regrade: { previousScore: 5, previousMaxScore: 10 } });
    // And so does the submission's own page, with when it happened and what it was graded against.
    const view = await getSubmissionForViewer(up, before.up.id);
    expect(view).toMatchObject({
      score: 10,
      exercise: { slug: "countdown" },
      regrade: { at: upNow.regradedAt, previousScore: 5, previousMaxScore: 10 },
    });
    expect(view.createdAt).toEqual(upNow.createdAt);

    // Exactly once: the job again, or the request again, changes nothing.
    const snapshot = await Promise.all([up, down, same].map(progressOf));
    expect(await applyRegrade(id)).toBe(0);
    expect(await Promise.all([up, down, same].map(progressOf))).toEqual(snapshot);
    expect((await rejection(requestRegradeApply(teacher, id))).message).toMatch(/already applied/);
    expect((await rejection(startRegrade(teacher, inClass))).message).toMatch(/Nothing to regrade/);
  });

  it("refuses to apply a dry run the exercise has moved on from, and a newer dry run supersedes an older one", async () => {
    const teacher = await makeUser(database.prisma, "teacher");
    const learner = await makeUser(database.prisma);
    const classroom = await database.prisma.classroom.create({ data: { name: "Period 4", ownerId: teacher.id, joinCode: `RH${Date.now()}` } });
    await database.prisma.enrollment.create({ data: { classId: classroom.id, userId: learner.id } });
    const inClass = { exerciseSlug: "countdown", classId: classroom.id };
    worker ??= await startGradingWorker(boss, database, { concurrency: 1 });
    await graded((await createSubmission(learner, "countdown", yieldsZeroAnswer)).id);

    await course.writeTests(`${testsV2}\n# v3\n`);
    await syncContent(database.prisma, course.root);
    const older = await startRegrade(teacher, inClass);
    await until(teacher, older.id, "previewed");
    const newer = await startRegrade(teacher, inClass);
    expect((await getRegrade(teacher, older.id)).status).toBe("superseded");
    expect((await rejection(requestRegradeApply(teacher, older.id))).message).toMatch(/newer dry run/);
    await until(teacher, newer.id, "previewed");

    await course.writeTests(`${testsV2}\n# v4\n`);
    await syncContent(database.prisma, course.root);
    expect(await getRegrade(teacher, newer.id)).toMatchObject({ stale: true, canApply: false });
    expect((await rejection(requestRegradeApply(teacher, newer.id))).message).toMatch(/changed again/);
  });
});
