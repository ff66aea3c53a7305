import type { PrismaClient } from "@/generated/prisma/client";
import type { PublicUser } from "@/server/auth/users";
import type { Role } from "@/generated/prisma/enums";

let sequence = 0;

/** A user row straight in the database (no password hashing: these users never sign in). */
export async function makeUser(prisma: PrismaClient, role: Role, name = `${role} ${++sequence}`): Promise<PublicUser> {
  sequence += 1;
  return prisma.user.create({
    data: { name, email: `${role}-${sequence}-${Date.now()}@example.com`, role, passwordHash: "unused" },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** An exercise row as content sync would store it. */
export async function makeExercise(prisma: PrismaClient, slug: string, order = 1, points = 10) {
  return prisma.exercise.create({
    data: {
      slug,
      title: `Exercise ${slug}`,
      summary: "",
      step: "generators",
      stepOrder: 1,
      difficulty: "easy",
      topics: [],
      points,
      order,
      promptMarkdown: "",
      starter: "",
      hints: [],
      contentHash: "hash",
    },
  });
}

/** A quiz row with `questionCount` questions. */
export async function makeQuiz(prisma: PrismaClient, slug: string, questionCount = 3) {
  return prisma.quiz.create({
    data: {
      slug,
      title: `Quiz ${slug}`,
      summary: "",
      step: "generators",
      stepOrder: 2,
      order: 1,
      questions: Array.from({ length: questionCount }, (_, index) => ({ id: `q${index}` })),
      contentHash: "hash",
    },
  });
}

/** A graded submission whose per-test results are `tests` (name -> pass?), at `createdAt`. */
export async function makeSubmission(
  prisma: PrismaClient,
  userId: string,
  exerciseId: string,
  tests: Record<string, boolean>,
  createdAt: Date,
  code = "def countdown(n):\n    yield n\n",
) {
  const entries = Object.entries(tests);
  const passed = entries.filter(([, ok]) => ok).length;
  const score = entries.length ? Math.round((10 * passed * 100) / entries.length) / 100 : 0;
  return prisma.submission.create({
    data: {
      userId,
      exerciseId,
      code,
      status: "graded",
      score,
      maxScore: 10,
      contentHash: "hash",
      createdAt,
      finishedAt: createdAt,
      durationMs: 120,
      result: {
        version: 3,
        status: passed === entries.length ? "pass" : "fail",
        score,
        max_score: 10,
        duration_ms: 120,
        tests: entries.map(([name, ok]) => ({ name, status: ok ? "pass" : "fail", ...(ok ? {} : { message: `${name} failed` }) })),
      },
    },
  });
}

/** Rewrites a learner's ExerciseProgress from their submissions, as the submissions module does on grading. */
export async function recomputeExerciseProgress(prisma: PrismaClient, userId: string, exerciseId: string) {
  const submissions = await prisma.submission.findMany({ where: { userId, exerciseId, status: "graded" }, orderBy: { createdAt: "asc" } });
  if (!submissions.length) return;
  const best = Math.max(...submissions.map((submission) => submission.score ?? 0));
  const solved = submissions.find((submission) => (submission.score ?? 0) >= submission.maxScore);
  const data = {
    bestScore: best,
    maxScore: 10,
    attempts: submissions.length,
    failedAttempts: submissions.filter((submission) => (submission.score ?? 0) < submission.maxScore).length,
    firstSolvedAt: solved?.createdAt ?? null,
    solvedOnAttempt: solved ? submissions.indexOf(solved) + 1 : null,
    lastSubmittedAt: submissions[submissions.length - 1].createdAt,
  };
  await prisma.exerciseProgress.upsert({
    where: { userId_exerciseId: { userId, exerciseId } },
    create: { userId, exerciseId, ...data },
    update: data,
  });
}

export const daysAgo = (days: number, now = Date.now()) => new Date(now - days * 24 * 60 * 60 * 1000);
