import "server-only";
import type { PublicUser } from "../auth/users";
import { getClassProgress, type ClassProgress } from "./class-progress";

export interface StrugglingCriteria {
  /** Failed attempts on one unsolved item that count as stuck. */
  failedAttempts: number;
  /** Days without any submission or quiz attempt that count as inactive. */
  inactiveDays: number;
}

export const defaultStrugglingCriteria: StrugglingCriteria = { failedAttempts: 5, inactiveDays: 7 };

export interface StrugglingStudent {
  userId: string;
  name: string;
  email: string;
  /** Why the student is listed, in words a teacher can act on. */
  reasons: string[];
  stuckOn: { slug: string; title: string; kind: "exercise" | "quiz"; failedAttempts: number }[];
  inactiveDays: number | null;
  lastActiveAt: Date | null;
}

/**
 * Students who look stuck (many failed attempts on an item they have not solved) or absent (no activity for
 * `inactiveDays`, counted from when they joined if they never did anything), most failed attempts first.
 */
export function findStrugglingStudents(
  progress: ClassProgress,
  criteria: StrugglingCriteria = defaultStrugglingCriteria,
  now: Date = new Date(),
): StrugglingStudent[] {
  const dayMs = 24 * 60 * 60 * 1000;
  const result: StrugglingStudent[] = [];
  for (const student of progress.students) {
    const stuckOn = progress.items
      .map((item, index) => ({ item, cell: student.cells[index] }))
      .filter(({ cell }) => cell.status === "attempted" && cell.failedAttempts >= criteria.failedAttempts)
      .map(({ item, cell }) => ({ slug: item.slug, title: item.title, kind: item.kind, failedAttempts: cell.failedAttempts }))
      .sort((a, b) => b.failedAttempts - a.failedAttempts);
    const since = student.lastActiveAt ?? student.joinedAt;
    const idleDays = Math.floor((now.getTime() - since.getTime()) / dayMs);
    const inactive = idleDays >= criteria.inactiveDays;
    if (!stuckOn.length && !inactive) continue;
    const reasons = stuckOn.map((entry) => `${entry.failedAttempts} failed attempts on “${entry.title}”`);
    if (inactive) {
      reasons.push(student.lastActiveAt ? `No activity for ${idleDays} days` : `No activity since joining ${idleDays} days ago`);
    }
    result.push({
      userId: student.userId,
      name: student.name,
      email: student.email,
      reasons,
      stuckOn,
      inactiveDays: inactive ? idleDays : null,
      lastActiveAt: student.lastActiveAt,
    });
  }
  const weight = (student: StrugglingStudent) => student.stuckOn.reduce((sum, entry) => sum + entry.failedAttempts, 0);
  return result.sort((a, b) => weight(b) - weight(a) || (b.inactiveDays ?? 0) - (a.inactiveDays ?? 0) || a.name.localeCompare(b.name));
}

/** The class's struggling students, for its teacher or an admin. */
export async function getStrugglingStudents(
  viewer: PublicUser | null,
  classId: string,
  criteria: StrugglingCriteria = defaultStrugglingCriteria,
): Promise<StrugglingStudent[]> {
  return findStrugglingStudents(await getClassProgress(viewer, classId), criteria);
}
