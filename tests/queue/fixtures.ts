import { readFileSync } from "node:fs";
import type { PrismaClient } from "@/generated/prisma/client";
import { gradingHash } from "@/server/grading/exercise-grading-spec";
import type { Role } from "@/generated/prisma/enums";
import type { PublicUser } from "@/server/auth/users";

let counter = 0;

/** A user row with a throwaway password hash (these tests never sign in). */
export async function makeUser(prisma: PrismaClient, role: Role = "student"): Promise<PublicUser> {
  counter += 1;
  return prisma.user.create({
    data: { email: `user${counter}-${Date.now()}@example.test`, name: `User ${counter}`, role, passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** The grader fixture's countdown tests: four tests, the solution below passes all of them. */
export const countdownTests = readFileSync("tests/grader/fixtures/countdown/tests.py", "utf8");

/**
 * The `countdown` exercise row as content sync would create it (10 points), with its version `hash-v1` holding the
 * grader fixture's tests, as the worker grades from.
 */
export async function makeCountdownExercise(prisma: PrismaClient, overrides: { archived?: boolean; slug?: string } = {}) {
  const exercise = await prisma.exercise.create({
    data: {
      slug: overrides.slug ?? "countdown",
      title: "Countdown generator",
      summary: "Yield n, n-1, ..., 1.",
      step: "generators",
      stepOrder: 1,
      difficulty: "intro",
      topics: ["generators"],
      points: 10,
      order: 1,
      promptMarkdown: "Define countdown(n).",
      starter: "def countdown(n):\n    pass\n",
      hints: [],
      contentHash: "hash-v1",
      archived: overrides.archived ?? false,
    },
  });
  await prisma.exerciseVersion.create({
    data: {
      exerciseId: exercise.id,
      contentHash: "hash-v1",
      points: 10,
      tests: countdownTests,
      gradingHash: gradingHash({ tests: countdownTests, points: 10, limits: {} }),
    },
  });
  return exercise;
}

export const countdownSolution = "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n";
