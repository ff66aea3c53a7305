import "server-only";
import { getDb } from "../db";
import { notFound } from "../errors";
import type { PublicUser } from "../auth/users";
import { requireClassTeacher } from "./require-class-teacher";

/** Removes a student from the class; their own submissions and progress are kept (they belong to the student). */
export async function removeStudent(viewer: PublicUser | null, classId: string, studentId: string): Promise<void> {
  await requireClassTeacher(viewer, classId);
  const db = await getDb();
  const { count } = await db.enrollment.deleteMany({ where: { classId, userId: studentId } });
  if (count === 0) throw notFound("The student");
}
