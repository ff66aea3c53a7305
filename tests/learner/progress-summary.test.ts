import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { syncContent } from "@/server/content/sync-content";
import { getProgressSummary } from "@/server/progress/get-progress-summary";
import { recordGradingResult } from "@/server/submissions/record-grading-result";
import { recordQuizAttempt } from "@/server/quizzes/record-quiz-attempt";
import { gradeResult, makeStudent } from "./fixtures";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await syncContent(database.prisma, "exercises");
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

/** A submission graded through the real recording path (which also updates ExerciseProgress). */
async function gradedSubmission(userId: string, slug: string, passed: number, total: number) {
  const exercise = await database.prisma.exercise.findUniqueOrThrow({ where: { slug } });
  const submission = await database.prisma.submission.create({
    data: { userId, exerciseId: exercise.id, code: "# attempt", maxScore: exercise.points, contentHash: exercise.contentHash },
  });
  await recordGradingResult(submission.id, { kind: "graded", result: gradeResult(passed, total, exercise.points) });
  return submission;
}

describe("getProgressSummary", () => {
  it("starts empty, with the course's totals", async () => {
    const learner = await makeStudent(database.prisma);
    const summary = await getProgressSummary(learner.id);
    const exercises = await database.prisma.exercise.findMany({ where: { archived: false } });
    expect(summary).toMatchObject({ solved: 0, points: 0, exerciseCount: exercises.length, quizzes: [], recent: [], pointsOverTime: [] });
    expect(summary.totalPoints).toBe(exercises.reduce((sum, exercise) => sum + exercise.points, 0));
    expect(summary.steps[0]).toMatchObject({ id: "generators", solved: 0 });
    expect(summary.steps.reduce((sum, step) => sum + step.total, 0)).toBe(exercises.length);
  });

  it("counts solves, partial points, per-step progress, quiz bests, recent activity and points over time", async () => {
    const learner = await makeStudent(database.prisma);
    const countdown = await database.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    const fibonacci = await database.prisma.exercise.findUniqueOrThrow({ where: { slug: "fibonacci" } });
    await gradedSubmission(learner.id, "countdown", 2, 5);
    await gradedSubmission(learner.id, "countdown", 5, 5);
    await gradedSubmission(learner.id, "countdown", 1, 5); // a worse attempt later changes nothing
    await gradedSubmission(learner.id, "fibonacci", 1, 2);
    await recordQuizAttempt(learner.id, "generators-and-yield", {});

    const summary = await getProgressSummary(learner.id);
    expect(summary.solved).toBe(1);
    expect(summary.points).toBe(countdown.points + fibonacci.points / 2);
    const generators = summary.steps.find((step) => step.id === countdown.step)!;
    expect(generators.solved).toBe(1);
    // Points over time rise with each better result and end at the total.
    expect(summary.pointsOverTime.map((point) => point.points)).toEqual([
      countdown.points * 0.4,
      countdown.points,
      countdown.points + fibonacci.points / 2,
    ]);
    expect(summary.quizzes).toEqual([expect.objectContaining({ slug: "generators-and-yield", bestScore: 0, attempts: 1 })]);
    expect(summary.recent).toHaveLength(5);
    expect(summary.recent[0]).toMatchObject({ kind: "quiz", slug: "generators-and-yield" });
    expect(summary.recent.filter((item) => item.kind === "submission" && item.slug === "countdown")).toHaveLength(3);

    // Another learner sees none of it.
    const other = await makeStudent(database.prisma);
    expect(await getProgressSummary(other.id)).toMatchObject({ solved: 0, points: 0, recent: [] });
  });

  it("stays correct when content changes: new points count, archived exercises drop out of both sides", async () => {
    const learner = await makeStudent(database.prisma);
    await gradedSubmission(learner.id, "countdown", 5, 5);
    const before = await getProgressSummary(learner.id);
    const countdown = await database.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });

    await database.prisma.exercise.update({ where: { slug: "countdown" }, data: { points: countdown.points * 2 } });
    const doubled = await getProgressSummary(learner.id);
    expect(doubled.points).toBe(countdown.points * 2);
    expect(doubled.totalPoints).toBe(before.totalPoints + countdown.points);
    expect(doubled.solved).toBe(1);

    await database.prisma.exercise.update({ where: { slug: "countdown" }, data: { points: countdown.points, archived: true } });
    const archived = await getProgressSummary(learner.id);
    expect(archived).toMatchObject({ solved: 0, points: 0, exerciseCount: before.exerciseCount - 1, pointsOverTime: [] });
    expect(archived.totalPoints).toBe(before.totalPoints - countdown.points);
    await database.prisma.exercise.update({ where: { slug: "countdown" }, data: { archived: false } });
  });
});
