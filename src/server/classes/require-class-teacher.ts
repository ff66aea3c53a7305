import "server-only";
import { getDb } from "../db";
import { forbidden, notFound, unauthorized } from "../errors";
import type { PublicUser } from "../auth/users";

export interface ClassroomRecord {
  id: string;
  name: string;
  ownerId: string;
  joinCode: string;
  joinEnabled: boolean;
  createdAt: Date;
}

/**
 * The class if `user` teaches it (its owner) or is an admin. Anonymous -> 401, a student -> 403, a teacher of
 * other classes -> 404 (whether a class id exists is not revealed to someone who cannot see it).
 */
export async function requireClassTeacher(user: PublicUser | null, classId: string): Promise<ClassroomRecord> {
  if (!user) throw unauthorized();
  if (user.role === "student") throw forbidden("This needs a teacher account.");
  const db = await getDb();
  const classroom = await db.classroom.findUnique({ where: { id: classId } });
  if (!classroom || (user.role !== "admin" && classroom.ownerId !== user.id)) throw notFound("The class");
  return classroom;
}

/** The signed-in user if they may create and list classes (teachers and admins), else 401/403. */
export function requireTeacher(user: PublicUser | null): PublicUser {
  if (!user) throw unauthorized();
  if (user.role === "student") throw forbidden("This needs a teacher account.");
  return user;
}
