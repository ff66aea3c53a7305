import "server-only";
import { z } from "zod";
import { requireClassTeacher } from "../classes/require-class-teacher";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";

/** An assigned exercise whose tests changed after some of the class's submissions were graded. */
export interface ExerciseToRegrade {
  slug: string;
  title: string;
  submissions: number;
  students: number;
}

const rowSchema = z.object({ slug: z.string(), title: z.string(), submissions: z.coerce.number(), students: z.coerce.number() });

/**
 * The class's assigned exercises with graded submissions (by its students) whose verdict came from tests other
 * than the current ones, for its teacher or an admin: what the class page offers to regrade. One grouped query.
 */
export async function listExercisesToRegrade(viewer: PublicUser | null, classId: string): Promise<ExerciseToRegrade[]> {
  await requireClassTeacher(viewer, classId);
  const db = await getDb();
  const rows = await db.$queryRaw<unknown[]>`
    SELECT x.slug, x.title, count(*)::int AS submissions, count(DISTINCT s."userId")::int AS students
      FROM "Assignment" a
      JOIN "Exercise" x ON x.id = a."exerciseId" AND NOT x.archived
      JOIN "ExerciseVersion" cur ON cur."exerciseId" = x.id AND cur."contentHash" = x."contentHash" AND cur."gradingHash" IS NOT NULL
      JOIN "Submission" s ON s."exerciseId" = x.id AND s.status = 'graded'
      JOIN "Enrollment" e ON e."userId" = s."userId" AND e."classId" = a."classId"
      LEFT JOIN "ExerciseVersion" v ON v."exerciseId" = s."exerciseId" AND v."contentHash" = s."gradedContentHash"
     WHERE a."classId" = ${classId} AND v."gradingHash" IS DISTINCT FROM cur."gradingHash"
       -- Most exercises never had their tests changed: those are ruled out by their versions alone, without
       -- reading a single submission (this runs on every class page).
       AND EXISTS (SELECT 1 FROM "ExerciseVersion" other
                    WHERE other."exerciseId" = x.id AND other."gradingHash" IS DISTINCT FROM cur."gradingHash")
     GROUP BY x.id, x.slug, x.title, x."stepOrder", x."order"
     ORDER BY x."stepOrder", x."order", x.title`;
  return rows.map((row) => rowSchema.parse(row));
}
