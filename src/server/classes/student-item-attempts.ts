import "server-only";
import { displayName } from "@/lib/spoofing-characters";
import { z } from "zod";
import { getDb } from "../db";
import { notFound } from "../errors";
import type { PublicUser } from "../auth/users";
import { asyncTimelineSchema } from "@/lib/async-timeline-schema";
import type { AsyncTimeline } from "@/lib/async-timeline";
import { requireClassTeacher } from "./require-class-teacher";

const storedTestSchema = z.object({
  name: z.string(),
  status: z.string(),
  message: z.string().optional(),
  output: z.string().optional(),
  timeline: asyncTimelineSchema.optional().catch(undefined),
});
const storedResultSchema = z.object({
  status: z.string().optional(),
  message: z.string().optional(),
  tests: z.array(storedTestSchema).optional(),
});

export interface AttemptTest {
  name: string;
  status: "pass" | "fail" | "error";
  message?: string;
  timeline?: AsyncTimeline;
}

export interface StudentAttempt {
  id: string;
  number: number;
  code: string;
  status: "queued" | "running" | "graded" | "error";
  verdict: string | null;
  message: string | null;
  score: number | null;
  maxScore: number;
  tests: AttemptTest[];
  createdAt: Date;
  durationMs: number | null;
  /** When this result came from a regrade after the exercise's tests changed. */
  regradedAt: Date | null;
}

export interface StudentItemAttempts {
  classroom: { id: string; name: string };
  student: { id: string; name: string; email: string };
  exercise: { id: string; slug: string; title: string; points: number };
  dueAt: Date | null;
  attempts: StudentAttempt[];
}

/**
 * Every submission an enrolled student made for an exercise, oldest first, for the class's teacher or an admin.
 * A student outside the class is a 404: a teacher sees only their own students' work.
 */
export async function getStudentItemAttempts(
  viewer: PublicUser | null,
  classId: string,
  studentId: string,
  exerciseSlug: string,
): Promise<StudentItemAttempts> {
  const classroom = await requireClassTeacher(viewer, classId);
  const db = await getDb();
  const [enrollment, exercise] = await Promise.all([
    db.enrollment.findUnique({
      where: { classId_userId: { classId, userId: studentId } },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db.exercise.findUnique({ where: { slug: exerciseSlug }, select: { id: true, slug: true, title: true, points: true } }),
  ]);
  if (!enrollment) throw notFound("The student");
  if (!exercise) throw notFound("The exercise");
  const [submissions, assignment] = await Promise.all([
    db.submission.findMany({
      where: { userId: studentId, exerciseId: exercise.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        code: true,
        status: true,
        score: true,
        maxScore: true,
        result: true,
        createdAt: true,
        durationMs: true,
        regradedAt: true,
      },
    }),
    db.assignment.findUnique({ where: { classId_exerciseId: { classId, exerciseId: exercise.id } }, select: { dueAt: true } }),
  ]);
  return {
    classroom: { id: classroom.id, name: displayName(classroom.name) },
    student: { ...enrollment.user, name: displayName(enrollment.user.name) },
    exercise,
    dueAt: assignment?.dueAt ?? null,
    attempts: submissions.map((submission, index) => {
      const result = storedResultSchema.safeParse(submission.result ?? {});
      const parsed = result.success ? result.data : {};
      return {
        id: submission.id,
        number: index + 1,
        code: submission.code,
        status: submission.status,
        verdict: parsed.status ?? null,
        message: parsed.message ?? null,
        score: submission.score,
        maxScore: submission.maxScore,
        tests: (parsed.tests ?? []).map((test) => ({
          name: test.name,
          status: test.status === "pass" || test.status === "fail" ? test.status : "error",
          message: test.message,
          ...(test.timeline ? { timeline: test.timeline } : {}),
        })),
        createdAt: submission.createdAt,
        durationMs: submission.durationMs,
        regradedAt: submission.regradedAt,
      };
    }),
  };
}
