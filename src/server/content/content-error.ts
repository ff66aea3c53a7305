import "server-only";

import type { z } from "zod";

/** One thing wrong with the content, located by file (relative to the content root) and field. */
export type ContentProblem = { file: string; field?: string; message: string };

/** Thrown when content cannot be loaded; lists every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `The course content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((problem) => `  - ${formatContentProblem(problem)}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Renders a problem as `file: field: message` for terminal output. */
export function formatContentProblem(problem: ContentProblem): string {
  return problem.field ? `${problem.file}: ${problem.field}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** Turns zod issues into problems whose field is a readable path such as `questions[3].answer`. */
export function problemsFromZodError(file: string, error: z.ZodError, fieldPrefix = ""): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.reduce<string>((path, key) => {
      if (typeof key === "number") return `${path}[${key}]`;
      return path ? `${path}.${String(key)}` : String(key);
    }, fieldPrefix);
    return field ? { file, field, message: issue.message } : { file, message: issue.message };
  });
}
