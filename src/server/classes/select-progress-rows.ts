import "server-only";
import type { ClassProgress, StudentProgress } from "./class-progress";
import { progressStatuses, type ProgressStatus } from "./progress-status";

export interface ProgressView {
  /** Case-insensitive search in the student's name or email. */
  query?: string;
  /** Only students with at least one item in this status (or, when sorting by an item, that item in this status). */
  status?: ProgressStatus;
  /** "name", "solved" (items solved), or "item:<assignmentId>". */
  sort?: string;
  direction?: "asc" | "desc";
}

// Sorting by an item puts the students furthest from done first when ascending.
const statusRank: Record<ProgressStatus, number> = { not_started: 0, attempted: 1, solved_late: 2, solved: 3 };

/** Parses the matrix's URL parameters, ignoring anything unknown. */
export function parseProgressView(params: Record<string, string | string[] | undefined>): ProgressView {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const status = one("status");
  return {
    query: one("q")?.trim().slice(0, 100) || undefined,
    status: progressStatuses.includes(status as ProgressStatus) ? (status as ProgressStatus) : undefined,
    sort: one("sort")?.slice(0, 80),
    direction: one("dir") === "desc" ? "desc" : "asc",
  };
}

/** The matrix's rows after the teacher's search, status filter and sort. */
export function selectProgressRows(progress: ClassProgress, view: ProgressView): StudentProgress[] {
  const itemIndex = view.sort?.startsWith("item:")
    ? progress.items.findIndex((item) => item.assignmentId === view.sort!.slice(5))
    : -1;
  const query = view.query?.toLowerCase();
  let rows = progress.students.filter(
    (student) => !query || student.name.toLowerCase().includes(query) || student.email.toLowerCase().includes(query),
  );
  if (view.status) {
    rows = rows.filter((student) =>
      itemIndex >= 0 ? student.cells[itemIndex].status === view.status : student.cells.some((cell) => cell.status === view.status),
    );
  }
  const byName = (a: StudentProgress, b: StudentProgress) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email);
  let compare = byName;
  if (itemIndex >= 0) {
    compare = (a, b) => {
      const x = a.cells[itemIndex];
      const y = b.cells[itemIndex];
      return statusRank[x.status] - statusRank[y.status] || (x.bestScore ?? -1) - (y.bestScore ?? -1) || byName(a, b);
    };
  } else if (view.sort === "solved") {
    compare = (a, b) => a.solvedCount - b.solvedCount || byName(a, b);
  }
  const sign = view.direction === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b));
}
