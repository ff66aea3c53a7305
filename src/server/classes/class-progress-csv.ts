import "server-only";
import type { PublicUser } from "../auth/users";
import { getClassProgress, type ClassProgress } from "./class-progress";
import { toCsv } from "./csv";

/** The progress matrix as CSV rows: one per student, a (score, solved_at) column pair per assigned item. */
export function classProgressRows(progress: ClassProgress): (string | number | null)[][] {
  const header = ["student", "email", ...progress.items.flatMap((item) => [`${item.title} score`, `${item.title} solved_at`])];
  const rows = progress.students.map((student) => [
    student.name,
    student.email,
    ...student.cells.flatMap((cell) => [cell.bestScore, cell.solvedAt ? cell.solvedAt.toISOString() : null]),
  ]);
  return [header, ...rows];
}

/** The class's progress as a CSV document, for its teacher or an admin. */
export async function classProgressCsv(viewer: PublicUser | null, classId: string): Promise<{ filename: string; csv: string }> {
  const progress = await getClassProgress(viewer, classId);
  const slug = progress.classroom.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "class";
  return { filename: `${slug}-progress.csv`, csv: toCsv(classProgressRows(progress)) };
}
