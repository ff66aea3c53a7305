import "server-only";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";
import { generateJoinCode } from "./join-code";
import { requireClassTeacher } from "./require-class-teacher";

/** Replaces the class's join code (the old one stops working at once) and enables joining. */
export async function regenerateJoinCode(viewer: PublicUser | null, classId: string): Promise<{ joinCode: string }> {
  await requireClassTeacher(viewer, classId);
  const db = await getDb();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.classroom.update({
        where: { id: classId },
        data: { joinCode: generateJoinCode(), joinEnabled: true },
        select: { joinCode: true },
      });
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002" || attempt >= 4) throw error;
    }
  }
}
