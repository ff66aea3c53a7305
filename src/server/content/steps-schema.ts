import "server-only";

import { z } from "zod";

/** Ids are used in URLs and in every exercise's `step` field, so they follow the slug rule. */
export const contentIdSchema = z
  .string({ error: "must be text" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be lowercase letters, digits and single dashes (like `two-way`)" });

export const stepSchema = z.strictObject({
  id: contentIdSchema,
  title: z.string({ error: "a step needs a title" }).trim().min(1, { error: "a step needs a title" }),
  summary: z.string({ error: "a step needs a one-line summary" }).trim().min(1, { error: "a step needs a one-line summary" }),
});

/** steps.yaml: the course's story, a non-empty list of steps in teaching order with unique ids. */
export const stepsFileSchema = z
  .array(stepSchema, { error: "steps.yaml must be a list of steps (`- id: ...`)" })
  .min(1, { error: "steps.yaml must list at least one step" })
  .superRefine((steps, ctx) => {
    const seen = new Set<string>();
    steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate step id "${step.id}"` });
      }
      seen.add(step.id);
    });
  });

export type StepDefinition = z.infer<typeof stepSchema>;

/** A step of the course with its position (0-based) in steps.yaml. */
export type Step = StepDefinition & { order: number };

/** Validates a content's `step` field against the ids steps.yaml defines. */
export function knownStepIdSchema(stepIds: readonly string[]) {
  return contentIdSchema.refine((id) => stepIds.includes(id), {
    error: (issue) => `unknown step "${String(issue.input)}"; steps.yaml defines: ${stepIds.join(", ")}`,
  });
}
