import { z } from "zod";

import { asyncTimelineSchema } from "@/lib/async-timeline-schema";

/** How one test (or subtest) went; `error` means it could not be judged (the code crashed, timed out...). */
export const testStatusSchema = z.enum(["pass", "fail", "error"]);

export const testResultSchema = z.strictObject({
  name: z.string().min(1),
  status: testStatusSchema,
  message: z.string().optional(),
  output: z.string().optional(),
  // Drawn for the learner; the learner's code can call `record`, so a timeline that does not fit is dropped rather
  // than turning the verdict into an error.
  timeline: asyncTimelineSchema.optional().catch(undefined),
});

/**
 * A grading result: Exercism's test-runner interface v3 plus a score. The refinements make sure a result can only
 * say `pass` when every test passed and the score is what the tests earned, so a malformed or forged result can
 * never be stored as a pass.
 */
export const gradeResultSchema = z
  .strictObject({
    version: z.literal(3),
    status: testStatusSchema,
    message: z.string().optional(),
    score: z.number().min(0),
    max_score: z.number().positive(),
    duration_ms: z.number().int().min(0),
    tests: z.array(testResultSchema),
  })
  .superRefine((result, context) => {
    const passed = result.tests.filter((test) => test.status === "pass").length;
    const total = result.tests.length;
    if (result.status === "error") {
      if (result.score !== 0) context.addIssue({ code: "custom", message: "an error result scores 0" });
      if (!result.message) context.addIssue({ code: "custom", message: "an error result needs a message" });
      return;
    }
    if (total === 0) context.addIssue({ code: "custom", message: "a pass or fail result needs tests" });
    if (result.status === "pass" && passed !== total)
      context.addIssue({ code: "custom", message: "a pass result needs every test to pass" });
    if (result.status === "fail" && passed === total)
      context.addIssue({ code: "custom", message: "a fail result needs a test that did not pass" });
    const earned = total ? Math.round((result.max_score * passed * 100) / total) / 100 : 0;
    if (Math.abs(result.score - earned) > 0.011)
      context.addIssue({ code: "custom", message: `the score must be ${earned} (${passed} of ${total} passed)` });
  });

export type GradeResult = z.infer<typeof gradeResultSchema>;
export type TestResult = z.infer<typeof testResultSchema>;

/** An `error` result carrying `message`, for when there is no trustworthy verdict. */
export function errorResult(message: string, maxScore: number, durationMs = 0): GradeResult {
  return { version: 3, status: "error", message, score: 0, max_score: maxScore, duration_ms: durationMs, tests: [] };
}

/** Validates what the checker produced; anything invalid becomes an `error` result, never a pass. */
export function parseGradeResult(raw: unknown, maxScore: number): GradeResult {
  const parsed = gradeResultSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "result"}: ${issue.message}`);
  return errorResult(`The grader produced an invalid result, so it was not accepted (${problems.join("; ")}).`, maxScore);
}
