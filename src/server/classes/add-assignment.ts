import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { PublicUser } from "../auth/users";
import type { AssignmentInput } from "./class-schemas";
import { requireClassTeacher } from "./require-class-teacher";

/** Assigns an exercise or quiz to the class, or changes its due date when it is already assigned. */
export async function addAssignment(
  viewer: PublicUser | null,
  classId: string,
  input: AssignmentInput,
): Promise<{ id: string; dueAt: Date | null }> {
  await requireClassTeacher(viewer, classId);
  const db = await getDb();
  const [kind, slug] = input.item.split(":") as ["exercise" | "quiz", string];
  const item =
    kind === "exercise"
      ? await db.exercise.findUnique({ where: { slug }, select: { id: true, archived: true } })
      : await db.quiz.findUnique({ where: { slug }, select: { id: true, archived: true } });
  if (!item || item.archived) {
    throw new AppError("not_found", `There is no ${kind} "${slug}".`, { item: [`There is no ${kind} "${slug}".`] });
  }
  const select = { id: true, dueAt: true } as const;
  if (kind === "exercise") {
    return db.assignment.upsert({
      where: { classId_exerciseId: { classId, exerciseId: item.id } },
      create: { classId, exerciseId: item.id, dueAt: input.dueAt },
      update: { dueAt: input.dueAt },
      select,
    });
  }
  return db.assignment.upsert({
    where: { classId_quizId: { classId, quizId: item.id } },
    create: { classId, quizId: item.id, dueAt: input.dueAt },
    update: { dueAt: input.dueAt },
    select,
  });
}
