import "server-only";

import { loadCourseSteps } from "../content/course-steps";
import { getDb } from "../db";
import { exerciseStatus } from "../exercises/exercise-status";

export type StepProgress = { id: string; title: string; solved: number; total: number; points: number; totalPoints: number };

export type QuizBest = { slug: string; title: string; bestScore: number; maxScore: number; attempts: number; lastAttemptAt: Date };

export type Activity =
  | { kind: "submission"; at: Date; id: string; slug: string; title: string; status: string; score: number | null; maxScore: number }
  | { kind: "quiz"; at: Date; id: string; slug: string; title: string; score: number; maxScore: number };

export type PointsPoint = { at: Date; points: number; slug: string; title: string };

export type ProgressSummary = {
  solved: number;
  exerciseCount: number;
  points: number;
  totalPoints: number;
  steps: StepProgress[];
  quizzes: QuizBest[];
  recent: Activity[];
  /** Cumulative points after every submission that raised a best score, oldest first. */
  pointsOverTime: PointsPoint[];
  /** When this summary was computed (the chart runs up to it). */
  generatedAt: Date;
};

const RECENT_ITEMS = 10;

/**
 * A learner's progress over the current course: solved exercises and points (each exercise counts its current
 * points, scaled by the learner's best share of them; archived exercises drop out of both sides), per-step counts,
 * best quiz scores, recent activity and the points earned over time.
 */
export async function getProgressSummary(userId: string): Promise<ProgressSummary> {
  const db = await getDb();
  const [steps, exercises, progress, quizProgress, gradedSubmissions, recentSubmissions, recentAttempts] = await Promise.all([
    loadCourseSteps(),
    db.exercise.findMany({
      where: { archived: false },
      orderBy: [{ stepOrder: "asc" }, { order: "asc" }],
      select: { id: true, slug: true, title: true, step: true, points: true },
    }),
    db.exerciseProgress.findMany({ where: { userId } }),
    db.quizProgress.findMany({
      where: { userId, quiz: { archived: false } },
      include: { quiz: { select: { slug: true, title: true, stepOrder: true, order: true } } },
    }),
    db.submission.findMany({
      where: { userId, status: "graded", score: { gt: 0 }, exercise: { archived: false } },
      orderBy: { createdAt: "asc" },
      select: { exerciseId: true, score: true, maxScore: true, createdAt: true, finishedAt: true },
    }),
    db.submission.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: RECENT_ITEMS,
      select: { id: true, status: true, score: true, maxScore: true, createdAt: true, exercise: { select: { slug: true, title: true } } },
    }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: RECENT_ITEMS,
      select: { id: true, score: true, maxScore: true, createdAt: true, quiz: { select: { slug: true, title: true } } },
    }),
  ]);

  const progressByExercise = new Map(progress.map((row) => [row.exerciseId, row]));
  const stepById = new Map(
    steps.map((step): [string, StepProgress] => [step.id, { id: step.id, title: step.title, solved: 0, total: 0, points: 0, totalPoints: 0 }]),
  );
  let solved = 0;
  let points = 0;
  let totalPoints = 0;
  for (const exercise of exercises) {
    const row = progressByExercise.get(exercise.id);
    const earned = row && row.maxScore > 0 ? exercise.points * Math.min(1, row.bestScore / row.maxScore) : 0;
    const isSolved = exerciseStatus(row) === "solved";
    solved += isSolved ? 1 : 0;
    points += earned;
    totalPoints += exercise.points;
    const step = stepById.get(exercise.step);
    if (step) {
      step.total++;
      step.solved += isSolved ? 1 : 0;
      step.points += earned;
      step.totalPoints += exercise.points;
    }
  }

  const exerciseById = new Map(exercises.map((exercise) => [exercise.id, exercise]));
  const bestShare = new Map<string, number>();
  const pointsOverTime: PointsPoint[] = [];
  let running = 0;
  for (const submission of gradedSubmissions) {
    const exercise = exerciseById.get(submission.exerciseId);
    if (!exercise || submission.maxScore <= 0) continue;
    const share = Math.min(1, (submission.score ?? 0) / submission.maxScore);
    const before = bestShare.get(exercise.id) ?? 0;
    if (share <= before) continue;
    bestShare.set(exercise.id, share);
    running += exercise.points * (share - before);
    pointsOverTime.push({ at: submission.finishedAt ?? submission.createdAt, points: round(running), slug: exercise.slug, title: exercise.title });
  }

  const recent: Activity[] = [
    ...recentSubmissions.map((submission): Activity => ({
      kind: "submission",
      at: submission.createdAt,
      id: submission.id,
      slug: submission.exercise.slug,
      title: submission.exercise.title,
      status: submission.status,
      score: submission.score,
      maxScore: submission.maxScore,
    })),
    ...recentAttempts.map((attempt): Activity => ({
      kind: "quiz",
      at: attempt.createdAt,
      id: attempt.id,
      slug: attempt.quiz.slug,
      title: attempt.quiz.title,
      score: attempt.score,
      maxScore: attempt.maxScore,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, RECENT_ITEMS);

  const quizzes = quizProgress
    .sort((a, b) => a.quiz.stepOrder - b.quiz.stepOrder || a.quiz.order - b.quiz.order)
    .map((row) => ({
      slug: row.quiz.slug,
      title: row.quiz.title,
      bestScore: row.bestScore,
      maxScore: row.maxScore,
      attempts: row.attempts,
      lastAttemptAt: row.lastAttemptAt,
    }));

  return {
    solved,
    exerciseCount: exercises.length,
    points: round(points),
    totalPoints,
    steps: [...stepById.values()].filter((step) => step.total > 0),
    quizzes,
    recent,
    pointsOverTime,
    generatedAt: new Date(),
  };
}

// Partial credit can produce fractions like 6.666...; learners see at most two decimals.
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
