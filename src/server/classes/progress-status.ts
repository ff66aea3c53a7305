import "server-only";

/** Where a student stands on one assigned item. */
export type ProgressStatus = "not_started" | "attempted" | "solved" | "solved_late";

export const progressStatuses: ProgressStatus[] = ["not_started", "attempted", "solved", "solved_late"];

/**
 * The status of one student on one item: solved late when the first full solve came after the due date; a later
 * re-submission never turns a solve into "late".
 */
export function progressStatus(cell: { attempts: number; solvedAt: Date | null }, dueAt: Date | null): ProgressStatus {
  if (cell.attempts === 0 && !cell.solvedAt) return "not_started";
  if (!cell.solvedAt) return "attempted";
  return dueAt && cell.solvedAt.getTime() > dueAt.getTime() ? "solved_late" : "solved";
}

/** The median of a list of numbers, or null for an empty list. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
