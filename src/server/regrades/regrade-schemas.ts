import { z } from "zod";

/** A regrade's id as it arrives in a URL or a form. */
export const regradeIdSchema = z.string().min(1).max(64);

/**
 * Starting a regrade's dry run: an exercise, and the class whose students it covers. Only an admin may leave the
 * class out, to regrade every learner's submissions.
 */
export const startRegradeSchema = z.object({
  exerciseSlug: z
    .string({ message: "Choose an exercise." })
    .regex(/^[a-z0-9-]{1,100}$/, "Choose an exercise.")
    .describe("the exercise whose past submissions are regraded against its current version"),
  classId: z.string().min(1).max(64).optional().describe("the class whose students are covered; admins may omit it"),
});

export type StartRegradeInput = z.infer<typeof startRegradeSchema>;
