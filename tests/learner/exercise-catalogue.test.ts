import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { syncContent } from "@/server/content/sync-content";
import { listExercises } from "@/server/exercises/list-exercises";
import { getPublicExercise } from "@/server/exercises/get-public-exercise";
import { AppError } from "@/server/errors";
import { makeStudent } from "./fixtures";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await syncContent(database.prisma, "exercises");
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

describe("listExercises", () => {
  it("groups the course by step in steps.yaml order, with titles and summaries, and no status for visitors", async () => {
    const steps = await listExercises(null);
    expect(steps.map((step) => step.id).slice(0, 3)).toEqual(["generators", "two-way", "event-loops"]);
    const generators = steps[0];
    expect(generators.title).toBe("Generators and lazy values");
    expect(generators.summary).toContain("yield");
    const countdown = generators.exercises.find((exercise) => exercise.slug === "countdown");
    expect(countdown).toMatchObject({ title: "Countdown generator", difficulty: "intro", points: 10, status: null });
    // Every synced exercise is listed exactly once.
    const slugs = steps.flatMap((step) => step.exercises.map((exercise) => exercise.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBe(await database.prisma.exercise.count());
  });

  it("shows each exercise as not started, attempted or solved for the learner, and counts solved per step", async () => {
    const learner = await makeStudent(database.prisma);
    const [countdown, fibonacci] = await Promise.all(
      ["countdown", "fibonacci"].map((slug) => database.prisma.exercise.findUniqueOrThrow({ where: { slug } })),
    );
    await database.prisma.exerciseProgress.createMany({
      data: [
        { userId: learner.id, exerciseId: countdown.id, bestScore: 10, maxScore: 10, attempts: 2, firstSolvedAt: new Date(), lastSubmittedAt: new Date() },
        { userId: learner.id, exerciseId: fibonacci.id, bestScore: 4, maxScore: 10, attempts: 1, failedAttempts: 1, lastSubmittedAt: new Date() },
      ],
    });
    const steps = await listExercises(learner.id);
    const all = steps.flatMap((step) => step.exercises);
    const status = (slug: string) => all.find((exercise) => exercise.slug === slug)?.status;
    expect(status("countdown")).toBe("solved");
    expect(status("fibonacci")).toBe("attempted");
    expect(all.filter((exercise) => exercise.status === "not_started").length).toBe(all.length - 2);
    const stepOf = (slug: string) => steps.find((step) => step.exercises.some((exercise) => exercise.slug === slug))!;
    expect(stepOf("countdown").solved).toBe(1);

    // Another learner's progress does not leak into this view.
    const other = await makeStudent(database.prisma);
    expect((await listExercises(other.id)).flatMap((step) => step.exercises).every((exercise) => exercise.status === "not_started")).toBe(true);
  });

  it("leaves out archived exercises", async () => {
    await database.prisma.exercise.update({ where: { slug: "flatten" }, data: { archived: true } });
    const slugs = (await listExercises(null)).flatMap((step) => step.exercises.map((exercise) => exercise.slug));
    expect(slugs).not.toContain("flatten");
    await expect(getPublicExercise("flatten", null)).rejects.toMatchObject({ code: "not_found" });
    await database.prisma.exercise.update({ where: { slug: "flatten" }, data: { archived: false } });
  });
});

describe("getPublicExercise", () => {
  it("gives the prompt, starter and hints but never the tests or the solution", async () => {
    const exercise = await getPublicExercise("countdown", null);
    expect(exercise.promptMarkdown).toContain("countdown(n)");
    expect(exercise.starter).toBe(await readFile("exercises/countdown/starter.py", "utf8"));
    expect(exercise.hints.length).toBeGreaterThan(0);
    const serialised = JSON.stringify(exercise);
    const tests = await readFile("exercises/countdown/tests.py", "utf8");
    // The solution's loop body (the prompt itself mentions `yield n`, so look for what only the solution has).
    expect(serialised).not.toContain("n -= 1");
    expect(serialised).not.toContain("class CountdownTest");
    expect(serialised).not.toContain(tests.slice(0, 40));
    expect(Object.keys(exercise).sort()).toEqual(
      ["difficulty", "example", "hints", "points", "promptMarkdown", "slug", "starter", "status", "step", "summary", "title", "topics"].sort(),
    );
    // The public example "Run" executes after the learner's code (exercises/countdown/example.py).
    expect(exercise.example).toBe(await readFile("exercises/countdown/example.py", "utf8"));
  });

  it("answers 404 for an unknown slug", async () => {
    const error = await getPublicExercise("no-such-exercise", null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(404);
  });
});
