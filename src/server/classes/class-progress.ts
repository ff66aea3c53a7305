import "server-only";
import { displayName } from "@/lib/spoofing-characters";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";
import { median, progressStatus, type ProgressStatus } from "./progress-status";
import { requireClassTeacher, type ClassroomRecord } from "./require-class-teacher";

export interface ProgressItem {
  assignmentId: string;
  kind: "exercise" | "quiz";
  itemId: string;
  slug: string;
  title: string;
  dueAt: Date | null;
  maxScore: number;
}

export interface ProgressCell {
  status: ProgressStatus;
  /** Null when the student has not tried the item. */
  bestScore: number | null;
  maxScore: number;
  attempts: number;
  failedAttempts: number;
  /** Submissions up to and including the first full solve. */
  attemptsToSolve: number | null;
  solvedAt: Date | null;
  lastActivityAt: Date | null;
}

export interface StudentProgress {
  userId: string;
  name: string;
  email: string;
  joinedAt: Date;
  /** The student's latest submission or quiz attempt on anything, assigned or not. */
  lastActiveAt: Date | null;
  /** One cell per item, in the order of `items`. */
  cells: ProgressCell[];
  solvedCount: number;
}

export interface ItemSummary {
  attemptedPercent: number;
  solvedPercent: number;
  solvedLateCount: number;
  medianAttemptsToSolve: number | null;
}

export interface ClassProgress {
  classroom: ClassroomRecord;
  items: ProgressItem[];
  students: StudentProgress[];
  /** One summary per item, in the order of `items`. */
  summaries: ItemSummary[];
}

interface ProgressRow {
  userId: string;
  itemId: string;
  bestScore: number;
  maxScore: number;
  attempts: number;
  failedAttempts: number;
  attemptsToSolve: number | null;
  solvedAt: Date | string | null;
  lastActivityAt: Date | string | null;
}

/**
 * The class's progress matrix (students x assigned items) with per-item summaries, for its teacher or an admin.
 * A fixed number of queries whatever the class size: the roster, the assignments, and one grouped query each for
 * exercise and quiz progress.
 */
export async function getClassProgress(viewer: PublicUser | null, classId: string): Promise<ClassProgress> {
  const classroom = await requireClassTeacher(viewer, classId);
  const db = await getDb();
  const [roster, assignments, exerciseRows, quizRows] = await Promise.all([
    db.$queryRaw<{ userId: string; name: string; email: string; joinedAt: Date | string; lastActiveAt: Date | string | null }[]>`
      SELECT e."userId", u.name, u.email, e."joinedAt", GREATEST(ex.last, qz.last) AS "lastActiveAt"
      FROM "Enrollment" e JOIN "User" u ON u.id = e."userId"
      LEFT JOIN (
        SELECT ep."userId", max(ep."lastSubmittedAt") AS last FROM "ExerciseProgress" ep
        JOIN "Enrollment" mine ON mine."userId" = ep."userId" AND mine."classId" = ${classId} GROUP BY ep."userId"
      ) ex ON ex."userId" = e."userId"
      LEFT JOIN (
        SELECT qp."userId", max(qp."lastAttemptAt") AS last FROM "QuizProgress" qp
        JOIN "Enrollment" mine ON mine."userId" = qp."userId" AND mine."classId" = ${classId} GROUP BY qp."userId"
      ) qz ON qz."userId" = e."userId"
      WHERE e."classId" = ${classId}`,
    db.assignment.findMany({
      where: { classId },
      select: {
        id: true,
        dueAt: true,
        createdAt: true,
        exercise: { select: { id: true, slug: true, title: true, points: true, stepOrder: true, order: true } },
        quiz: { select: { id: true, slug: true, title: true, questions: true, stepOrder: true, order: true } },
      },
    }),
    db.$queryRaw<ProgressRow[]>`
      SELECT ep."userId", ep."exerciseId" AS "itemId", ep."bestScore"::float8 AS "bestScore", ep."maxScore",
        ep.attempts, ep."failedAttempts", ep."firstSolvedAt" AS "solvedAt", ep."lastSubmittedAt" AS "lastActivityAt",
        -- Kept by the grading transaction, so the page needs no per-cell count over submissions.
        ep."solvedOnAttempt" AS "attemptsToSolve"
      FROM "ExerciseProgress" ep
      JOIN "Enrollment" e ON e."userId" = ep."userId" AND e."classId" = ${classId}
      JOIN "Assignment" a ON a."exerciseId" = ep."exerciseId" AND a."classId" = ${classId}`,
    db.$queryRaw<ProgressRow[]>`
      SELECT qp."userId", qp."quizId" AS "itemId", qp."bestScore"::float8 AS "bestScore", qp."maxScore",
        qp.attempts, COALESCE(stats.failed, 0)::int AS "failedAttempts", stats."solvedAt",
        qp."lastAttemptAt" AS "lastActivityAt",
        CASE WHEN stats."solvedAt" IS NULL THEN NULL ELSE (
          SELECT count(*)::int FROM "QuizAttempt" qa
          WHERE qa."userId" = qp."userId" AND qa."quizId" = qp."quizId" AND qa."createdAt" <= stats."solvedAt"
        ) END AS "attemptsToSolve"
      FROM "QuizProgress" qp
      JOIN "Enrollment" e ON e."userId" = qp."userId" AND e."classId" = ${classId}
      JOIN "Assignment" a ON a."quizId" = qp."quizId" AND a."classId" = ${classId}
      LEFT JOIN LATERAL (
        SELECT min(qa."createdAt") FILTER (WHERE qa.score >= qa."maxScore") AS "solvedAt",
          count(*) FILTER (WHERE qa.score < qa."maxScore") AS failed
        FROM "QuizAttempt" qa WHERE qa."userId" = qp."userId" AND qa."quizId" = qp."quizId"
      ) stats ON true`,
  ]);

  const items: ProgressItem[] = assignments
    .map((assignment) => {
      const source = assignment.exercise ?? assignment.quiz;
      if (!source) return null;
      return {
        assignmentId: assignment.id,
        kind: assignment.exercise ? ("exercise" as const) : ("quiz" as const),
        itemId: source.id,
        slug: source.slug,
        title: source.title,
        dueAt: assignment.dueAt,
        maxScore: assignment.exercise ? assignment.exercise.points : Array.isArray(assignment.quiz?.questions) ? assignment.quiz.questions.length : 0,
        order: [source.stepOrder, source.order],
      };
    })
    .filter((item) => item !== null)
    // Course order, so the matrix reads like the course does.
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.title.localeCompare(b.title))
    .map(({ order: _order, ...item }) => item);

  return buildClassProgress(classroom, items, roster, [...exerciseRows, ...quizRows]);
}

/** Assembles the matrix and summaries from the query rows (pure, so it can be tested on its own). */
export function buildClassProgress(
  classroom: ClassroomRecord,
  items: ProgressItem[],
  roster: { userId: string; name: string; email: string; joinedAt: Date | string; lastActiveAt: Date | string | null }[],
  rows: ProgressRow[],
): ClassProgress {
  const byKey = new Map(rows.map((row) => [`${row.userId}\u0000${row.itemId}`, row]));
  const students: StudentProgress[] = roster
    .map((member) => {
      const cells = items.map((item): ProgressCell => {
        const row = byKey.get(`${member.userId}\u0000${item.itemId}`);
        if (!row) {
          return { status: "not_started", bestScore: null, maxScore: item.maxScore, attempts: 0, failedAttempts: 0, attemptsToSolve: null, solvedAt: null, lastActivityAt: null };
        }
        const solvedAt = toDate(row.solvedAt);
        return {
          status: progressStatus({ attempts: Number(row.attempts), solvedAt }, item.dueAt),
          bestScore: Number(row.bestScore),
          maxScore: Number(row.maxScore) || item.maxScore,
          attempts: Number(row.attempts),
          failedAttempts: Number(row.failedAttempts),
          attemptsToSolve: row.attemptsToSolve === null ? null : Number(row.attemptsToSolve),
          solvedAt,
          lastActivityAt: toDate(row.lastActivityAt),
        };
      });
      return {
        userId: member.userId,
        // Shown on the teacher's pages and in exports: a stored name must not pass for someone else's.
        name: displayName(member.name),
        email: member.email,
        joinedAt: toDate(member.joinedAt) ?? new Date(0),
        lastActiveAt: toDate(member.lastActiveAt),
        cells,
        solvedCount: cells.filter((cell) => cell.status === "solved" || cell.status === "solved_late").length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));

  const count = students.length;
  const percent = (part: number) => (count ? Math.round((part * 1000) / count) / 10 : 0);
  const summaries = items.map((_item, index): ItemSummary => {
    const cells = students.map((student) => student.cells[index]);
    const solved = cells.filter((cell) => cell.status === "solved" || cell.status === "solved_late");
    return {
      attemptedPercent: percent(cells.filter((cell) => cell.status !== "not_started").length),
      solvedPercent: percent(solved.length),
      solvedLateCount: cells.filter((cell) => cell.status === "solved_late").length,
      medianAttemptsToSolve: median(solved.map((cell) => cell.attemptsToSolve).filter((value) => value !== null)),
    };
  });
  return { classroom: { ...classroom, name: displayName(classroom.name) }, items, students, summaries };
}

function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}
