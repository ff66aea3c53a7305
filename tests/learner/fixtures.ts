import type { PrismaClient } from "@/generated/prisma/client";
import type { GradeResult } from "@/lib/grade-result-schema";
import type { PublicUser } from "@/server/auth/users";

let counter = 0;

/** A student row (these tests never sign in, so the password hash is a placeholder). */
export async function makeStudent(prisma: PrismaClient): Promise<PublicUser> {
  counter += 1;
  return prisma.user.create({
    data: { email: `learner${counter}-${Date.now()}@example.test`, name: `Learner ${counter}`, role: "student", passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** A valid grader result where `passed` of `total` tests pass, out of `maxScore` points. */
export function gradeResult(passed: number, total: number, maxScore: number): GradeResult {
  return {
    version: 3,
    status: passed === total ? "pass" : "fail",
    score: Math.round((maxScore * passed * 100) / total) / 100,
    max_score: maxScore,
    duration_ms: 50,
    tests: Array.from({ length: total }, (_, index) => ({
      name: `test ${index + 1}`,
      status: index < passed ? ("pass" as const) : ("fail" as const),
    })),
  };
}
