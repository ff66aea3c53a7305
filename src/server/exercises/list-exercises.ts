import "server-only";

import { loadCourseSteps } from "../content/course-steps";
import { getDb } from "../db";
import { exerciseStatus, type ExerciseStatus } from "./exercise-status";

export type ExerciseSummary = {
  slug: string;
  title: string;
  summary: string;
  difficulty: string;
  topics: string[];
  points: number;
  /** null for an anonymous visitor. */
  status: ExerciseStatus | null;
};

export type StepCatalogue = {
  id: string;
  title: string;
  summary: string;
  exercises: ExerciseSummary[];
  solved: number;
};

/** The course's exercises in story order, grouped by step, with the learner's status when `userId` is given. */
export async function listExercises(userId: string | null): Promise<StepCatalogue[]> {
  const db = await getDb();
  const [steps, exercises, progress] = await Promise.all([
    loadCourseSteps(),
    db.exercise.findMany({
      where: { archived: false },
      orderBy: [{ stepOrder: "asc" }, { order: "asc" }, { title: "asc" }],
      select: { id: true, slug: true, title: true, summary: true, step: true, difficulty: true, topics: true, points: true },
    }),
    userId
      ? db.exerciseProgress.findMany({ where: { userId }, select: { exerciseId: true, attempts: true, firstSolvedAt: true } })
      : Promise.resolve([]),
  ]);
  const progressByExercise = new Map(progress.map((row) => [row.exerciseId, row]));
  const catalogue = steps.map((step): StepCatalogue => ({ id: step.id, title: step.title, summary: step.summary, exercises: [], solved: 0 }));
  const byStep = new Map(catalogue.map((step) => [step.id, step]));
  for (const exercise of exercises) {
    const step = byStep.get(exercise.step);
    // An exercise whose step left steps.yaml is archived at the next sync; until then it is not shown.
    if (!step) continue;
    const status = userId ? exerciseStatus(progressByExercise.get(exercise.id)) : null;
    if (status === "solved") step.solved++;
    step.exercises.push({
      slug: exercise.slug,
      title: exercise.title,
      summary: exercise.summary,
      difficulty: exercise.difficulty,
      topics: exercise.topics,
      points: exercise.points,
      status,
    });
  }
  return catalogue.filter((step) => step.exercises.length > 0);
}
