import "server-only";
import { displayName } from "@/lib/spoofing-characters";
import { getDb } from "../db";
import { progressStatus, type ProgressStatus } from "./progress-status";

export interface StudentAssignment {
  assignmentId: string;
  kind: "exercise" | "quiz";
  slug: string;
  title: string;
  href: string;
  className: string;
  dueAt: Date | null;
  status: ProgressStatus;
  /** Past its due date and not solved. */
  overdue: boolean;
  bestScore: number | null;
  maxScore: number;
}

/** The assignments of every class the student is in, with where they stand, soonest due first. */
export async function listStudentAssignments(userId: string, now: Date = new Date()): Promise<StudentAssignment[]> {
  const db = await getDb();
  const assignments = await db.assignment.findMany({
    where: { classroom: { enrollments: { some: { userId } } } },
    select: {
      id: true,
      dueAt: true,
      classroom: { select: { name: true } },
      exercise: {
        select: {
          slug: true,
          title: true,
          points: true,
          archived: true,
          progress: { where: { userId }, select: { bestScore: true, maxScore: true, attempts: true, firstSolvedAt: true } },
        },
      },
      quiz: {
        select: {
          id: true,
          slug: true,
          title: true,
          archived: true,
          progress: { where: { userId }, select: { bestScore: true, maxScore: true, attempts: true } },
        },
      },
    },
  });
  const quizIds = assignments.flatMap((assignment) => (assignment.quiz ? [assignment.quiz.id] : []));
  const fullMarks = await firstFullMarks(userId, quizIds);
  const result: StudentAssignment[] = [];
  for (const assignment of assignments) {
    if (assignment.exercise && !assignment.exercise.archived) {
      const progress = assignment.exercise.progress[0];
      result.push({
        assignmentId: assignment.id,
        kind: "exercise",
        slug: assignment.exercise.slug,
        title: assignment.exercise.title,
        href: `/exercises/${assignment.exercise.slug}`,
        className: displayName(assignment.classroom.name),
        dueAt: assignment.dueAt,
        status: progressStatus({ attempts: progress?.attempts ?? 0, solvedAt: progress?.firstSolvedAt ?? null }, assignment.dueAt),
        overdue: false,
        bestScore: progress ? progress.bestScore : null,
        maxScore: progress?.maxScore ?? assignment.exercise.points,
      });
    } else if (assignment.quiz && !assignment.quiz.archived) {
      const progress = assignment.quiz.progress[0];
      result.push({
        assignmentId: assignment.id,
        kind: "quiz",
        slug: assignment.quiz.slug,
        title: assignment.quiz.title,
        href: `/quizzes/${assignment.quiz.slug}`,
        className: displayName(assignment.classroom.name),
        dueAt: assignment.dueAt,
        status: progressStatus({ attempts: progress?.attempts ?? 0, solvedAt: fullMarks.get(assignment.quiz.id) ?? null }, assignment.dueAt),
        overdue: false,
        bestScore: progress ? progress.bestScore : null,
        maxScore: progress?.maxScore ?? 0,
      });
    }
  }
  for (const item of result) {
    item.overdue = item.dueAt !== null && item.dueAt < now && item.status !== "solved" && item.status !== "solved_late";
  }
  const dueOrder = (item: StudentAssignment) => item.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return result.sort((a, b) => dueOrder(a) - dueOrder(b) || a.className.localeCompare(b.className) || a.title.localeCompare(b.title));
}

/** When the student first got full marks on each quiz: the moment a quiz counts as solved. */
async function firstFullMarks(userId: string, quizIds: string[]): Promise<Map<string, Date>> {
  if (!quizIds.length) return new Map();
  const db = await getDb();
  const rows = await db.$queryRaw<{ quizId: string; solvedAt: Date | string }[]>`
    SELECT "quizId", min("createdAt") AS "solvedAt" FROM "QuizAttempt"
    WHERE "userId" = ${userId} AND "quizId" = ANY(${quizIds}) AND score >= "maxScore"
    GROUP BY "quizId"`;
  return new Map(rows.map((row) => [row.quizId, new Date(row.solvedAt)]));
}
