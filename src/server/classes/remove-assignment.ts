import "server-only";
import { getDb } from "../db";
import { notFound } from "../errors";
import type { PublicUser } from "../auth/users";
import { requireClassTeacher } from "./require-class-teacher";

/** Unassigns an item from the class; students' work on it is kept. */
export async function removeAssignment(viewer: PublicUser | null, classId: string, assignmentId: string): Promise<void> {
  await requireClassTeacher(viewer, classId);
  const db = await getDb();
  const { count } = await db.assignment.deleteMany({ where: { id: assignmentId, classId } });
  if (count === 0) throw notFound("The assignment");
}
