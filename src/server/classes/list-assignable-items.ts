import "server-only";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";
import { requireTeacher } from "./require-class-teacher";

export interface AssignableItem {
  value: string;
  kind: "exercise" | "quiz";
  title: string;
  step: string;
}

/** Every exercise and quiz a teacher can assign, in course order. */
export async function listAssignableItems(viewer: PublicUser | null): Promise<AssignableItem[]> {
  requireTeacher(viewer);
  const db = await getDb();
  const [exercises, quizzes] = await Promise.all([
    db.exercise.findMany({ where: { archived: false }, select: { slug: true, title: true, step: true, stepOrder: true, order: true } }),
    db.quiz.findMany({ where: { archived: false }, select: { slug: true, title: true, step: true, stepOrder: true, order: true } }),
  ]);
  return [
    ...exercises.map((item) => ({ ...item, kind: "exercise" as const })),
    ...quizzes.map((item) => ({ ...item, kind: "quiz" as const })),
  ]
    .sort((a, b) => a.stepOrder - b.stepOrder || a.order - b.order || a.kind.localeCompare(b.kind))
    .map((item) => ({ value: `${item.kind}:${item.slug}`, kind: item.kind, title: item.title, step: item.step }));
}
