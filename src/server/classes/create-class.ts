import "server-only";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";
import { generateJoinCode } from "./join-code";
import { requireTeacher } from "./require-class-teacher";

/** Creates a class owned by `viewer` (a teacher or admin) with a fresh join code. */
export async function createClass(viewer: PublicUser | null, name: string): Promise<{ id: string; name: string; joinCode: string }> {
  const owner = requireTeacher(viewer);
  const db = await getDb();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.classroom.create({
        data: { name, ownerId: owner.id, joinCode: generateJoinCode() },
        select: { id: true, name: true, joinCode: true },
      });
    } catch (error) {
      // A collision in 8.5e11 codes is rare but possible: draw again.
      if ((error as { code?: string }).code !== "P2002" || attempt >= 4) throw error;
    }
  }
}
