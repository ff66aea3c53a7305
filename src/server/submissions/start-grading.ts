import "server-only";
import { getDb } from "../db";
import { type ExerciseGradingSpec, storedGradingSpec } from "../grading/exercise-grading-spec";
import { logger } from "../logger";
import { SUBMISSION_STATUS_CHANNEL, type SubmissionStatusEvent } from "../events/submission-events";

/** What a worker needs to grade a submission it has claimed. */
export interface ClaimedSubmission {
  id: string;
  code: string;
  maxScore: number;
  gradingRuns: number;
  exercise: { slug: string };
  /**
   * The exercise version to grade against, with its stored tests: the one the submission names. Null only when
   * neither it nor the exercise's current version has stored grading data (content was never synced by this
   * release), and then the submission cannot be graded.
   */
  version: { contentHash: string; spec: ExerciseGradingSpec } | null;
}

/**
 * Marks a submission as running (startedAt, gradingRuns + 1) when a worker takes its job. Returns null when it is
 * already final: a retried job whose result was stored just before its worker died must not be graded again.
 */
export async function startGrading(submissionId: string): Promise<ClaimedSubmission | null> {
  const db = await getDb();
  // One statement claims the row, reads what grading needs and announces `running` (delivered at its commit): on
  // the embedded database every statement costs the app's own CPU, and a claim is made for every submission.
  const [row] = await db.$queryRawUnsafe<ClaimedRow[]>(
    `WITH claimed AS (
       UPDATE "Submission"
          SET status = 'running', "startedAt" = ($2::timestamptz AT TIME ZONE 'UTC'), "gradingRuns" = "gradingRuns" + 1
        WHERE id = $1 AND status IN ('queued', 'running')
       RETURNING id, code, "maxScore", "gradingRuns", "contentHash", "exerciseId"
     )
     SELECT c.id, c.code, c."maxScore", c."gradingRuns", c."contentHash", c."exerciseId", e.slug,
            e."contentHash" AS "currentContentHash", pg_notify($3, $4)::text AS notified
       FROM claimed c JOIN "Exercise" e ON e.id = c."exerciseId"`,
    submissionId,
    new Date().toISOString(),
    SUBMISSION_STATUS_CHANNEL,
    JSON.stringify({ id: submissionId, status: "running" } satisfies SubmissionStatusEvent),
  );
  if (!row) return null;
  // A submission made before versions stored their tests names a version whose tests.py exists nowhere any
  // more; it is graded by the current version (what the worker read from disk before), and the stored
  // gradedContentHash says so.
  const version =
    (await storedVersion(row.exerciseId, row.contentHash)) ?? (await storedVersion(row.exerciseId, row.currentContentHash));
  if (version && version.contentHash !== row.contentHash) {
    logger.warn({ submissionId, submitted: row.contentHash, graded: version.contentHash }, "the submitted version has no stored tests; grading with the current version");
  }
  return {
    id: row.id,
    code: row.code,
    maxScore: Number(row.maxScore),
    gradingRuns: Number(row.gradingRuns),
    exercise: { slug: row.slug },
    version,
  };
}

interface ClaimedRow {
  id: string;
  code: string;
  maxScore: number;
  gradingRuns: number;
  contentHash: string;
  exerciseId: string;
  slug: string;
  currentContentHash: string;
}

// A stored version never changes (it is keyed by its content hash), so its grading spec is read once per process.
// Bounded: a long-lived worker sees every version of every exercise it ever grades.
const VERSION_CACHE_LIMIT = 500;
const versionCache = new Map<string, { contentHash: string; spec: ExerciseGradingSpec }>();

async function storedVersion(exerciseId: string, contentHash: string): Promise<{ contentHash: string; spec: ExerciseGradingSpec } | null> {
  const key = `${exerciseId}:${contentHash}`;
  const cached = versionCache.get(key);
  if (cached) return cached;
  const db = await getDb();
  const row = await db.exerciseVersion.findFirst({
    where: { exerciseId, contentHash },
    select: { contentHash: true, tests: true, points: true, limits: true },
  });
  const spec = row ? storedGradingSpec(row) : null;
  if (!spec) return null;
  const version = { contentHash, spec };
  if (versionCache.size >= VERSION_CACHE_LIMIT) versionCache.delete(versionCache.keys().next().value!);
  versionCache.set(key, version);
  return version;
}
