import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * The graded submissions of an exercise a regrade against a version with `gradingHash` would change hands on: their
 * verdict came from a version that grades differently (other tests, points or limits), or from one whose grading
 * data was never stored. Limited to the students of `classId` when given. Used as `FROM ... WHERE` by the count
 * and by the dry run, so both always agree.
 */
export function regradeCandidatesSql(exerciseId: string, gradingHash: string, classId: string | null): Prisma.Sql {
  return Prisma.sql`
    FROM "Submission" s
    LEFT JOIN "ExerciseVersion" v ON v."exerciseId" = s."exerciseId" AND v."contentHash" = s."gradedContentHash"
    WHERE s."exerciseId" = ${exerciseId} AND s.status = 'graded'
      AND v."gradingHash" IS DISTINCT FROM ${gradingHash}
      ${classId === null ? Prisma.empty : Prisma.sql`AND s."userId" IN (SELECT e."userId" FROM "Enrollment" e WHERE e."classId" = ${classId})`}`;
}
