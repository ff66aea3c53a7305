import "server-only";

import { z } from "zod";

import { contentIdSchema, knownStepIdSchema } from "./steps-schema";
import { textError } from "./text-error";

export const questionKinds = ["single", "multiple", "output", "order"] as const;
export type QuestionKind = (typeof questionKinds)[number];

const markdown = (what: string) =>
  z.string({ error: (issue) => textError(what, issue.input) }).trim().min(1, { error: `${what} must not be empty` });

// YAML turns unquoted 1, 1.0, true or null into non-strings, and 1.0 would silently become "1":
// so choices must be strings and the message says how to write them.
const choiceText = z.string({ error: 'every choice must be a string: quote values such as "1", "True" or "1.0"' });

function uniqueTexts(what: string) {
  return z
    .array(choiceText, { error: `${what} must be a list of strings` })
    .min(2, { error: `give at least two ${what}` })
    .superRefine((texts, ctx) => {
      texts.forEach((text, index) => {
        if (texts.indexOf(text) !== index) {
          ctx.addIssue({ code: "custom", path: [index], message: `duplicate ${what.replace(/s$/, "")} "${text}"` });
        }
      });
    });
}

const choiceIndex = z.int({ error: "answer must be the index (from 0) of a choice" }).nonnegative({
  error: "answer must be the index (from 0) of a choice",
});

const common = {
  id: contentIdSchema,
  prompt: markdown("a prompt"),
  explanation: markdown("an explanation (shown after answering)"),
};

function answerInRange(answer: number, choices: string[], ctx: z.RefinementCtx, path: (string | number)[]) {
  if (answer >= choices.length) {
    ctx.addIssue({
      code: "custom",
      path,
      message: `answer ${answer} is out of range: there are ${choices.length} choices (indices 0-${choices.length - 1})`,
    });
  }
}

const singleQuestionSchema = z
  .strictObject({ ...common, kind: z.literal("single"), choices: uniqueTexts("choices"), answer: choiceIndex })
  .superRefine((question, ctx) => answerInRange(question.answer, question.choices, ctx, ["answer"]));

const outputQuestionSchema = z
  .strictObject({
    ...common,
    kind: z.literal("output"),
    code: z.string({ error: "an output question needs the `code` whose output is predicted" }).min(1),
    choices: uniqueTexts("choices"),
    answer: choiceIndex,
  })
  .superRefine((question, ctx) => answerInRange(question.answer, question.choices, ctx, ["answer"]));

const multipleQuestionSchema = z
  .strictObject({
    ...common,
    kind: z.literal("multiple"),
    choices: uniqueTexts("choices"),
    answer: z
      .array(choiceIndex, { error: "a multiple question's answer is a list of choice indices, like [0, 2]" })
      .min(1, { error: "a multiple question needs at least one correct choice" }),
  })
  .superRefine((question, ctx) => {
    question.answer.forEach((index, position) => {
      answerInRange(index, question.choices, ctx, ["answer", position]);
      if (question.answer.indexOf(index) !== position) {
        ctx.addIssue({ code: "custom", path: ["answer", position], message: `choice ${index} is listed twice` });
      }
    });
  });

const orderQuestionSchema = z.strictObject({
  ...common,
  kind: z.literal("order"),
  items: uniqueTexts("items"),
});

export const quizQuestionSchema = z.discriminatedUnion(
  "kind",
  [singleQuestionSchema, multipleQuestionSchema, outputQuestionSchema, orderQuestionSchema],
  { error: `kind must be one of ${questionKinds.join(", ")}` },
);

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** A quiz file (quizzes/<slug>.yaml); the step must be one of `stepIds` (from steps.yaml). */
export function quizFileSchema(stepIds: readonly string[]) {
  return z.strictObject({
    title: markdown("a title"),
    summary: markdown("a one-line summary"),
    step: knownStepIdSchema(stepIds),
    order: z.int({ error: "order must be a whole number" }).optional(),
    questions: z
      .array(quizQuestionSchema, { error: "questions must be a list" })
      .min(1, { error: "a quiz needs at least one question" })
      .superRefine(
        (questions, ctx) => {
          const seen = new Set<unknown>();
          questions.forEach((question: { id?: unknown } | undefined, index) => {
            const id = question?.id;
            if (typeof id !== "string") return;
            if (seen.has(id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate question id "${id}"` });
            seen.add(id);
          });
        },
        // Run even when other questions are invalid, so an author sees every problem in one pass.
        { when: () => true },
      ),
  });
}

export type QuizFile = z.infer<ReturnType<typeof quizFileSchema>>;
