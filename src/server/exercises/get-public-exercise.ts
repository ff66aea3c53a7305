import "server-only";

import { getDb } from "../db";
import { notFound } from "../errors";
import { exerciseStatus, type ExerciseStatus } from "./exercise-status";

/** What a learner may see of an exercise: the prompt, the starter and the hints; never tests or the solution. */
export type PublicExercise = {
  slug: string;
  title: string;
  summary: string;
  step: string;
  difficulty: string;
  topics: string[];
  points: number;
  promptMarkdown: string;
  starter: string;
  /** Public code the browser's "Run" executes after the learner's code; null when the exercise has none. */
  example: string | null;
  hints: string[];
  /** null for an anonymous visitor. */
  status: ExerciseStatus | null;
};

/** The public view of exercise `slug` (404 when unknown or archived), with the learner's status when signed in. */
export async function getPublicExercise(slug: string, userId: string | null): Promise<PublicExercise> {
  const db = await getDb();
  const exercise = await db.exercise.findFirst({
    where: { slug, archived: false },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      step: true,
      difficulty: true,
      topics: true,
      points: true,
      promptMarkdown: true,
      starter: true,
      example: true,
      hints: true,
    },
  });
  if (!exercise) throw notFound("That exercise");
  const progress = userId
    ? await db.exerciseProgress.findUnique({ where: { userId_exerciseId: { userId, exerciseId: exercise.id } } })
    : null;
  const { id: _id, ...visible } = exercise;
  return { ...visible, status: userId ? exerciseStatus(progress) : null };
}
