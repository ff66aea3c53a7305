import "server-only";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";

/**
 * Whether `viewer` may see a learner's submissions: the learner themself, an admin, or a teacher who owns a class
 * the learner is enrolled in.
 */
export async function canViewLearnerWork(viewer: PublicUser, learnerId: string): Promise<boolean> {
  if (viewer.id === learnerId || viewer.role === "admin") return true;
  if (viewer.role !== "teacher") return false;
  const db = await getDb();
  const enrollment = await db.enrollment.findFirst({
    where: { userId: learnerId, classroom: { ownerId: viewer.id } },
    select: { classId: true },
  });
  return enrollment !== null;
}
