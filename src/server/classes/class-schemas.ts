import { z } from "zod";
import { refuseSpoofingCharacters } from "@/lib/spoofing-characters";

/** A class's name, shared by the create form and `POST /api/classes`. */
export const classNameSchema = z
  .string({ message: "Enter a class name." })
  .trim()
  .min(1, "Enter a class name.")
  .max(100, "Use at most 100 characters.")
  .superRefine(refuseSpoofingCharacters);

export const createClassSchema = z.object({ name: classNameSchema });

/** A join code as typed: case, spaces and dashes do not matter. */
export const joinClassSchema = z.object({
  code: z
    .string({ message: "Enter the join code your teacher gave you." })
    .trim()
    .min(1, "Enter the join code your teacher gave you.")
    .max(40, "That is not a join code."),
});

export const classIdSchema = z.string().min(1).max(64);

/** An item to assign: an exercise or quiz by slug, with an optional due date (ISO 8601, empty for none). */
export const assignmentInputSchema = z.object({
  item: z
    .string({ message: "Choose an exercise or quiz." })
    .regex(/^(exercise|quiz):[a-z0-9-]{1,100}$/, "Choose an exercise or quiz."),
  dueAt: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) {
        context.addIssue({ code: "custom", message: "Enter a valid due date." });
        return z.NEVER;
      }
      return date;
    }),
});

export type AssignmentInput = z.infer<typeof assignmentInputSchema>;
