import "server-only";

/** Where a learner stands on one exercise. */
export type ExerciseStatus = "not_started" | "attempted" | "solved";

/** The learner's status from their ExerciseProgress row (absent: never submitted). */
export function exerciseStatus(progress: { attempts: number; firstSolvedAt: Date | null } | null | undefined): ExerciseStatus {
  if (!progress || progress.attempts === 0) return "not_started";
  // Solved once stays solved, even after a later failing attempt or an edit to the exercise.
  return progress.firstSolvedAt ? "solved" : "attempted";
}
