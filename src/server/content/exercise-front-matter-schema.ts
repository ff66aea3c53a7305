import "server-only";

import { z } from "zod";

import { sandboxLimitRanges } from "@/lib/grading-protocol";

import { knownStepIdSchema } from "./steps-schema";
import { textError } from "./text-error";

export const difficulties = ["intro", "easy", "medium", "hard"] as const;
export type Difficulty = (typeof difficulties)[number];

function boundedInt(name: string, min: number, max: number) {
  return z
    .int({ error: `${name} must be a whole number from ${min} to ${max}` })
    .min(min, { error: `${name} must be at least ${min}` })
    .max(max, { error: `${name} must be at most ${max}` });
}

/** Per-exercise sandbox limits; each one is optional and the grader fills in its default. */
export const exerciseLimitsSchema = z.strictObject({
  wall_seconds: boundedInt("wall_seconds", ...sandboxLimitRanges.wall_seconds).optional(),
  memory_mb: boundedInt("memory_mb", ...sandboxLimitRanges.memory_mb).optional(),
  processes: boundedInt("processes", ...sandboxLimitRanges.processes).optional(),
  output_kb: boundedInt("output_kb", ...sandboxLimitRanges.output_kb).optional(),
});

export type ExerciseLimits = z.infer<typeof exerciseLimitsSchema>;

const requiredText = (what: string) =>
  z.string({ error: (issue) => textError(what, issue.input) }).trim().min(1, { error: `${what} must not be empty` });

/** The front matter of exercise.md; the step must be one of `stepIds` (from steps.yaml). */
export function exerciseFrontMatterSchema(stepIds: readonly string[]) {
  return z.strictObject({
    title: requiredText("a title"),
    summary: requiredText("a one-line summary").refine((text) => !text.includes("\n"), {
      error: "the summary must fit on one line",
    }),
    step: knownStepIdSchema(stepIds),
    difficulty: z.enum(difficulties, { error: `difficulty must be one of ${difficulties.join(", ")}` }),
    topics: z
      .array(requiredText("a topic"), { error: "topics must be a list, like [yield, generators]" })
      .min(1, { error: "list at least one topic" }),
    points: z
      .int({ error: "points must be a whole number (the score a full pass earns)" })
      .positive({ error: "points must be positive" }),
    order: z.int({ error: "order must be a whole number" }).optional(),
    limits: exerciseLimitsSchema.optional(),
    hints: z.array(requiredText("a hint"), { error: "hints must be a list of strings" }).optional(),
  });
}

export type ExerciseFrontMatter = z.infer<ReturnType<typeof exerciseFrontMatterSchema>>;
