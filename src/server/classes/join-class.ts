import "server-only";
import { getDb } from "../db";
import { AppError, forbidden, unauthorized } from "../errors";
import { consume } from "../rate-limit/sliding-window";
import type { PublicUser } from "../auth/users";
import { normalizeJoinCode } from "./join-code";

// Wrong codes are counted per account so nobody can walk the code space; a class of typos stays well under this.
const wrongCodeLimit = (userId: string) => [{ key: `join-code-miss:${userId}`, limit: 20, windowSeconds: 3600 }];

/**
 * Enrolls the student in the class whose join code this is. Idempotent: joining a class one is already in
 * succeeds (even if its code was since disabled) with `alreadyEnrolled: true`.
 */
export async function joinClass(
  viewer: PublicUser | null,
  rawCode: string,
): Promise<{ classId: string; className: string; alreadyEnrolled: boolean }> {
  if (!viewer) throw unauthorized();
  if (viewer.role !== "student") throw forbidden("Only student accounts join classes.");
  const code = normalizeJoinCode(rawCode);
  const db = await getDb();
  // Counted as a miss before the lookup and taken back when the code is right, so parallel guesses cannot pass the limit.
  const miss = await consume(wrongCodeLimit(viewer.id), "Too many wrong join codes. Ask your teacher for the code and try again later.");
  const classroom = code ? await db.classroom.findUnique({ where: { joinCode: code } }) : null;
  if (!classroom) {
    throw new AppError("not_found", "No class has this join code. Check it with your teacher.", {
      code: ["No class has this join code. Check it with your teacher."],
    });
  }
  await miss.release();
  const existing = await db.enrollment.findUnique({ where: { classId_userId: { classId: classroom.id, userId: viewer.id } } });
  if (existing) return { classId: classroom.id, className: classroom.name, alreadyEnrolled: true };
  if (!classroom.joinEnabled) {
    throw new AppError("forbidden", "This class is not accepting new students right now. Ask your teacher.", {
      code: ["This class is not accepting new students right now."],
    });
  }
  // A double click can race two inserts; the second one finding the row is the same outcome.
  await db.enrollment.upsert({
    where: { classId_userId: { classId: classroom.id, userId: viewer.id } },
    create: { classId: classroom.id, userId: viewer.id },
    update: {},
  });
  return { classId: classroom.id, className: classroom.name, alreadyEnrolled: false };
}
