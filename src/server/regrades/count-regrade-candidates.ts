import "server-only";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";
import { currentGradingVersion, type CurrentGradingVersion } from "./current-grading-version";
import { regradeCandidatesSql } from "./regrade-candidates";
import type { StartRegradeInput } from "./regrade-schemas";
import { resolveRegradeScope } from "./resolve-regrade-scope";

/** What a dry run would cover now: graded submissions whose verdict came from tests other than the current ones. */
export interface RegradeCandidates {
  version: CurrentGradingVersion;
  submissions: number;
  learners: number;
}

/** Counts the submissions a regrade of `exerciseSlug` (for a class, or every learner for an admin) would grade again. */
export async function countRegradeCandidates(viewer: PublicUser | null, input: StartRegradeInput): Promise<RegradeCandidates> {
  const scope = await resolveRegradeScope(viewer, input.classId);
  const version = await currentGradingVersion(input.exerciseSlug);
  const db = await getDb();
  const [row] = await db.$queryRaw<{ submissions: number; learners: number }[]>`
    SELECT count(*)::int AS submissions, count(DISTINCT s."userId")::int AS learners
    ${regradeCandidatesSql(version.exercise.id, version.gradingHash, scope.classId)}`;
  return { version, submissions: Number(row.submissions), learners: Number(row.learners) };
}
