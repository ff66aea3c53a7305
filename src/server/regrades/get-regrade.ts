import "server-only";
import { z } from "zod";
import { requireClassTeacher } from "../classes/require-class-teacher";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";
import { requireRegradeAccess } from "./require-regrade-access";

/** How one learner's best score on the exercise moves with a regrade (before it is applied: would move). */
export interface RegradeLearnerChange {
  userId: string;
  name: string;
  email: string;
  oldBest: number;
  newBest: number;
  maxScore: number;
  solvedBefore: boolean;
  solvedAfter: boolean;
}

/** A regrade as its teacher or an admin follows it: phase, progress of the background work, and who moves. */
export interface RegradeView {
  id: string;
  status: "previewing" | "previewed" | "applying" | "applied" | "superseded";
  exercise: { slug: string; title: string };
  classroom: { id: string; name: string } | null;
  /** The content hash of the version the submissions are graded against (shortened for people). */
  version: string;
  requestedBy: string | null;
  createdAt: string;
  previewedAt: string | null;
  appliedAt: string | null;
  /** Items by state: `toGrade` waits for the dry run, `graded` waits to be applied. */
  progress: { total: number; toGrade: number; graded: number; failed: number; applied: number; skipped: number };
  /** Submissions whose score differs between the old and the new verdict. */
  changedSubmissions: number;
  up: RegradeLearnerChange[];
  down: RegradeLearnerChange[];
  unchanged: number;
  /** Previewed and the exercise is still at this version: it can be applied now. */
  canApply: boolean;
  /** The exercise has moved on to a newer version since this dry run. */
  stale: boolean;
}

const learnerRowSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  oldBest: z.coerce.number(),
  newBest: z.coerce.number(),
  maxScore: z.coerce.number(),
  solvedBefore: z.boolean(),
  solvedAfter: z.boolean(),
});
const countRowSchema = z.object({ status: z.string(), count: z.coerce.number(), changed: z.coerce.number() });
const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** One regrade, for its class's teacher or an admin (else 401/403/404). */
export async function getRegrade(viewer: PublicUser | null, regradeId: string): Promise<RegradeView> {
  const access = await requireRegradeAccess(viewer, regradeId);
  return regradeView(access.id);
}

/** The latest regrade of an exercise for a class (its teacher or an admin), or null when there has been none. */
export async function findLatestClassRegrade(viewer: PublicUser | null, classId: string, exerciseSlug: string): Promise<RegradeView | null> {
  await requireClassTeacher(viewer, classId);
  const db = await getDb();
  const latest = await db.regrade.findFirst({
    where: { classId, exercise: { slug: exerciseSlug } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return latest ? regradeView(latest.id) : null;
}

async function regradeView(regradeId: string): Promise<RegradeView> {
  const db = await getDb();
  const regrade = await db.regrade.findUniqueOrThrow({
    where: { id: regradeId },
    select: {
      id: true,
      status: true,
      contentHash: true,
      createdAt: true,
      previewedAt: true,
      appliedAt: true,
      exerciseId: true,
      exercise: { select: { slug: true, title: true, contentHash: true } },
      classroom: { select: { id: true, name: true } },
      requestedBy: { select: { name: true } },
    },
  });
  const [counts, learners] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT "status"::text AS status, count(*)::int AS count,
             count(*) FILTER (WHERE "newScore" IS NOT NULL AND "newScore" <> "oldScore")::int AS changed
        FROM "RegradeItem" WHERE "regradeId" = ${regradeId} GROUP BY "status"`,
    // Every graded submission of each learner counts towards their best: a regraded one with its old and new
    // verdict, any other with its current score on both sides.
    db.$queryRaw<unknown[]>`
      WITH learners AS (SELECT DISTINCT "userId" FROM "RegradeItem" WHERE "regradeId" = ${regradeId}),
      scored AS (
        SELECT s."userId",
               COALESCE(i."oldScore", s.score) AS old_score,
               COALESCE(i."oldMaxScore", s."maxScore") AS old_max,
               CASE WHEN i."status" IN ('previewed', 'applied') THEN i."newScore" ELSE COALESCE(i."oldScore", s.score) END AS new_score,
               CASE WHEN i."status" IN ('previewed', 'applied') THEN i."newMaxScore" ELSE COALESCE(i."oldMaxScore", s."maxScore") END AS new_max
          FROM "Submission" s
          JOIN learners l ON l."userId" = s."userId"
          LEFT JOIN "RegradeItem" i ON i."submissionId" = s.id AND i."regradeId" = ${regradeId}
         WHERE s."exerciseId" = ${regrade.exerciseId} AND s.status = 'graded'
      )
      SELECT sc."userId", u.name, u.email,
             max(sc.old_score)::float8 AS "oldBest", max(sc.new_score)::float8 AS "newBest", max(sc.new_max)::int AS "maxScore",
             bool_or(sc.old_score >= sc.old_max) AS "solvedBefore", bool_or(sc.new_score >= sc.new_max) AS "solvedAfter"
        FROM scored sc JOIN "User" u ON u.id = sc."userId"
       GROUP BY sc."userId", u.name, u.email
       ORDER BY u.name, sc."userId"`,
  ]);
  const byStatus = new Map(counts.map((row) => countRowSchema.parse(row)).map((row) => [row.status, row]));
  const count = (...statuses: string[]) => statuses.reduce((sum, status) => sum + (byStatus.get(status)?.count ?? 0), 0);
  const changes = learners.map((row) => learnerRowSchema.parse(row));
  const stale = regrade.exercise.contentHash !== regrade.contentHash;
  return {
    id: regrade.id,
    status: regrade.status,
    exercise: { slug: regrade.exercise.slug, title: regrade.exercise.title },
    classroom: regrade.classroom,
    version: regrade.contentHash.slice(0, 12),
    requestedBy: regrade.requestedBy?.name ?? null,
    createdAt: regrade.createdAt.toISOString(),
    previewedAt: iso(regrade.previewedAt),
    appliedAt: iso(regrade.appliedAt),
    progress: {
      total: count("pending", "grading", "previewed", "error", "applied", "skipped"),
      toGrade: count("pending", "grading"),
      graded: count("previewed"),
      failed: count("error"),
      applied: count("applied"),
      skipped: count("skipped"),
    },
    changedSubmissions: [...byStatus.values()].reduce((sum, row) => sum + row.changed, 0),
    up: changes.filter((change) => direction(change) > 0),
    down: changes.filter((change) => direction(change) < 0),
    unchanged: changes.filter((change) => direction(change) === 0).length,
    canApply: regrade.status === "previewed" && !stale,
    stale,
  };
}

/** Up or down by best score; at an equal best (the points changed), by whether the exercise counts as solved. */
function direction(change: RegradeLearnerChange): number {
  if (change.newBest !== change.oldBest) return Math.sign(change.newBest - change.oldBest);
  return Number(change.solvedAfter) - Number(change.solvedBefore);
}
