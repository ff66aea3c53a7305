import "server-only";
import { requireClassTeacher } from "../classes/require-class-teacher";
import { forbidden, unauthorized } from "../errors";
import type { PublicUser } from "../auth/users";

/**
 * Which learners a regrade started by `viewer` may cover: the students of `classId` (its teacher or an admin), or,
 * with no class, every learner (admins only). Throws 401/403/404 like the class pages do.
 */
export async function resolveRegradeScope(viewer: PublicUser | null, classId: string | undefined): Promise<{ classId: string | null }> {
  if (!viewer) throw unauthorized();
  if (classId !== undefined) {
    await requireClassTeacher(viewer, classId);
    return { classId };
  }
  if (viewer.role !== "admin") throw forbidden("Only an admin can regrade every learner's submissions; choose one of your classes.");
  return { classId: null };
}
