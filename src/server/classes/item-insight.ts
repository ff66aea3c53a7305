import "server-only";
import { displayName } from "@/lib/spoofing-characters";
import { getDb } from "../db";
import { notFound } from "../errors";
import type { PublicUser } from "../auth/users";
import { requireClassTeacher } from "./require-class-teacher";

export interface FailingTest {
  name: string;
  /** Graded submissions in which this test failed or errored. */
  failedSubmissions: number;
  /** Enrolled students who failed it at least once. */
  studentsFailed: number;
  /** Enrolled students whose latest submission still fails it. */
  studentsStillFailing: number;
  /** A message the grader gave, to show what the failure looks like. */
  sampleMessage: string | null;
}

export interface ItemInsight {
  classroom: { id: string; name: string };
  exercise: { id: string; slug: string; title: string };
  studentCount: number;
  studentsAttempted: number;
  gradedSubmissions: number;
  failingTests: FailingTest[];
}

/**
 * Which tests of an exercise fail most often across the class's enrolled students, for its teacher or an admin.
 * One grouped query over the stored per-test results, whatever the class size.
 */
export async function getItemInsight(viewer: PublicUser | null, classId: string, exerciseSlug: string): Promise<ItemInsight> {
  const classroom = await requireClassTeacher(viewer, classId);
  const db = await getDb();
  const exercise = await db.exercise.findUnique({ where: { slug: exerciseSlug }, select: { id: true, slug: true, title: true } });
  if (!exercise) throw notFound("The exercise");
  const [totals, tests] = await Promise.all([
    db.$queryRaw<{ studentCount: number; studentsAttempted: number; gradedSubmissions: number }[]>`
      SELECT (SELECT count(*)::int FROM "Enrollment" WHERE "classId" = ${classId}) AS "studentCount",
        count(DISTINCT s."userId")::int AS "studentsAttempted", count(*)::int AS "gradedSubmissions"
      FROM "Submission" s JOIN "Enrollment" e ON e."userId" = s."userId" AND e."classId" = ${classId}
      WHERE s."exerciseId" = ${exercise.id} AND s.status = 'graded'`,
    db.$queryRaw<FailingTest[]>`
      WITH class_submissions AS (
        SELECT s.id, s."userId", s.result,
          s."createdAt" = max(s."createdAt") OVER (PARTITION BY s."userId") AS latest
        FROM "Submission" s JOIN "Enrollment" e ON e."userId" = s."userId" AND e."classId" = ${classId}
        WHERE s."exerciseId" = ${exercise.id} AND s.status = 'graded'
      )
      SELECT t.value->>'name' AS name,
        count(*)::int AS "failedSubmissions",
        count(DISTINCT cs."userId")::int AS "studentsFailed",
        count(DISTINCT cs."userId") FILTER (WHERE cs.latest)::int AS "studentsStillFailing",
        max(t.value->>'message') AS "sampleMessage"
      FROM class_submissions cs
      CROSS JOIN LATERAL jsonb_array_elements(
        CASE WHEN jsonb_typeof(cs.result->'tests') = 'array' THEN cs.result->'tests' ELSE '[]'::jsonb END
      ) t
      WHERE t.value->>'status' IN ('fail', 'error')
      GROUP BY t.value->>'name'
      ORDER BY "failedSubmissions" DESC, name
      LIMIT 50`,
  ]);
  const total = totals[0] ?? { studentCount: 0, studentsAttempted: 0, gradedSubmissions: 0 };
  return {
    classroom: { id: classroom.id, name: displayName(classroom.name) },
    exercise,
    studentCount: Number(total.studentCount),
    studentsAttempted: Number(total.studentsAttempted),
    gradedSubmissions: Number(total.gradedSubmissions),
    failingTests: tests.map((test) => ({
      name: test.name,
      failedSubmissions: Number(test.failedSubmissions),
      studentsFailed: Number(test.studentsFailed),
      studentsStillFailing: Number(test.studentsStillFailing),
      sampleMessage: test.sampleMessage ? test.sampleMessage.slice(0, 500) : null,
    })),
  };
}
