import "server-only";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";
import { requireClassTeacher } from "./require-class-teacher";

/** Turns joining by code on or off; enrolled students stay enrolled. */
export async function setJoinEnabled(viewer: PublicUser | null, classId: string, enabled: boolean): Promise<{ joinEnabled: boolean }> {
  await requireClassTeacher(viewer, classId);
  const db = await getDb();
  return db.classroom.update({ where: { id: classId }, data: { joinEnabled: enabled }, select: { joinEnabled: true } });
}
