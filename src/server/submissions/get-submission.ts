import "server-only";
import { getDb } from "../db";
import { notFound } from "../errors";
import { gradeResultSchema, type GradeResult } from "@/lib/grade-result-schema";
import type { PublicUser } from "../auth/users";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { canViewLearnerWork } from "./can-view-learner-work";

/** A submission as its owner, their teacher or an admin sees it. */
export interface SubmissionView {
  id: string;
  status: SubmissionStatus;
  score: number | null;
  max_score: number;
  /** The grader's result once graded; for an `error` submission, `{message}` only. */
  result?: GradeResult | { message: string };
  code: string;
  createdAt: Date;
  exercise: { slug: string; title: string };
  userId: string;
  /** Set when the result came from a regrade after the exercise's tests changed: when, and the score before. */
  regrade?: SubmissionRegrade;
}

/** How a submission's current result came from a regrade. */
export interface SubmissionRegrade {
  at: Date;
  previousScore: number;
  previousMaxScore: number;
}

/** A submission in a list (no code, no result): `verdict` is the result's status, so a list can tell a
 * syntax error (the learner's code could not run) from failing tests. */
export type SubmissionSummary = Omit<SubmissionView, "code" | "result" | "exercise" | "regrade"> & {
  regrade?: SubmissionRegrade;
  verdict: GradeResult["status"] | null;
};

// The regrade that produced a submission's current result: the last one applied to it.
function latestAppliedRegrade() {
  return {
    where: { status: "applied" },
    orderBy: { appliedAt: "desc" },
    take: 1,
    select: { oldScore: true, oldMaxScore: true },
  } as const;
}

function regradeOf(row: {
  regradedAt: Date | null;
  regradeItems: { oldScore: number; oldMaxScore: number }[];
}): { regrade?: SubmissionRegrade } {
  const item = row.regradeItems[0];
  if (!row.regradedAt || !item) return {};
  return { regrade: { at: row.regradedAt, previousScore: item.oldScore, previousMaxScore: item.oldMaxScore } };
}

/** One submission, for someone allowed to see it; everyone else gets a 404 that does not reveal it exists. */
export async function getSubmissionForViewer(viewer: PublicUser, id: string): Promise<SubmissionView> {
  const db = await getDb();
  // One statement (the submission, its exercise and the regrade that produced its result), read on every poll of
  // a submission page. As JSON, so timestamps and the result come back the same from PGlite and a server.
  const [found] =
    id.length <= 64
      ? await db.$queryRawUnsafe<{ row: string }[]>(
          `SELECT json_build_object(
             'id', s.id, 'status', s.status, 'score', s.score, 'maxScore', s."maxScore", 'result', s.result,
             'code', s.code, 'createdAt', s."createdAt", 'userId', s."userId", 'regradedAt', s."regradedAt",
             'slug', e.slug, 'title', e.title,
             'regrade', (SELECT json_build_object('oldScore', r."oldScore", 'oldMaxScore', r."oldMaxScore")
                           FROM "RegradeItem" r WHERE r."submissionId" = s.id AND r.status = 'applied'
                          ORDER BY r."appliedAt" DESC LIMIT 1))::text AS row
             FROM "Submission" s JOIN "Exercise" e ON e.id = s."exerciseId"
            WHERE s.id = $1`,
          id,
        )
      : [];
  const row = found ? (JSON.parse(found.row) as SubmissionRow) : null;
  if (!row || !(await canViewLearnerWork(viewer, row.userId))) throw notFound("The submission");
  return {
    id: row.id,
    status: row.status,
    score: row.score,
    max_score: row.maxScore,
    ...(row.result !== null ? { result: storedResult(row.result) } : {}),
    code: row.code,
    createdAt: utcTimestamp(row.createdAt),
    exercise: { slug: row.slug, title: row.title },
    userId: row.userId,
    ...regradeOf({
      regradedAt: row.regradedAt === null ? null : utcTimestamp(row.regradedAt),
      regradeItems: row.regrade ? [row.regrade] : [],
    }),
  };
}

/** A submission row as getSubmissionForViewer's statement returns it (timestamps as JSON text, UTC, no zone). */
type SubmissionRow = {
  id: string;
  status: SubmissionStatus;
  score: number | null;
  maxScore: number;
  result: unknown;
  code: string;
  createdAt: string;
  userId: string;
  regradedAt: string | null;
  slug: string;
  title: string;
  regrade: { oldScore: number; oldMaxScore: number } | null;
};

/** A `timestamp` column (every DateTime is stored as UTC without a zone) as JSON gives it: `2026-12-01T10:00:00.123`. */
function utcTimestamp(text: string): Date {
  return new Date(`${text}Z`);
}

/** What the live-status stream sends: a submission's state and, once graded, its result. */
export type SubmissionStatusView = Pick<SubmissionView, "id" | "status" | "score" | "max_score" | "result">;

/**
 * One submission's state for the live-status stream, for someone allowed to see it (else the same 404): one
 * statement, none of the view's code, exercise or regrade history, since the stream re-reads it on every change.
 */
export async function getSubmissionStatusForViewer(viewer: PublicUser, id: string): Promise<SubmissionStatusView> {
  const db = await getDb();
  const row =
    id.length <= 64
      ? await db.submission.findUnique({
          where: { id },
          select: { id: true, status: true, score: true, maxScore: true, result: true, userId: true },
        })
      : null;
  if (!row || !(await canViewLearnerWork(viewer, row.userId))) throw notFound("The submission");
  return {
    id: row.id,
    status: row.status,
    score: row.score,
    max_score: row.maxScore,
    ...(row.result !== null ? { result: storedResult(row.result) } : {}),
  };
}

/** A learner's submissions for one exercise, newest first, for someone allowed to see them (else 404). */
export async function listSubmissions(
  viewer: PublicUser,
  userId: string,
  exerciseSlug: string,
): Promise<SubmissionSummary[]> {
  if (!(await canViewLearnerWork(viewer, userId))) throw notFound("The submissions");
  const db = await getDb();
  const rows = await db.submission.findMany({
    where: { userId, exercise: { slug: exerciseSlug } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      score: true,
      maxScore: true,
      createdAt: true,
      userId: true,
      result: true,
      regradedAt: true,
      regradeItems: latestAppliedRegrade(),
    },
    take: 200,
  });
  return rows.map(({ maxScore, result, regradedAt, regradeItems, ...row }) => {
    const stored = result ? storedResult(result) : null;
    return {
      ...row,
      max_score: maxScore,
      verdict: stored && "status" in stored ? stored.status : null,
      ...regradeOf({ regradedAt, regradeItems }),
    };
  });
}

// Stored results were validated before they were written; parsing again keeps a hand-edited row from reaching a
// browser in a shape the UI does not expect.
function storedResult(value: unknown): GradeResult | { message: string } {
  const parsed = gradeResultSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = (value as { message?: unknown })?.message;
  return { message: typeof message === "string" ? message : "This submission could not be graded." };
}
