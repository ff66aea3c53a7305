"use server";

import { z } from "zod";
import { defineAction } from "@/server/actions/define-action";
import { contentSlugSchema } from "@/server/content/content-slug";
import { renderMarkdown } from "@/server/content/render-markdown";
import { checkQuizAnswer } from "@/server/quizzes/check-quiz-answer";
import { recordQuizAttempt } from "@/server/quizzes/record-quiz-attempt";
import { consumeQuizAttempt } from "@/server/rate-limit/quiz-attempt-limits";

// Answers travel as one JSON field: a form cannot carry lists of indices or ordered items otherwise.
const jsonField = z.string().max(64 * 1024).transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "The answer could not be read." });
    return z.NEVER;
  }
});

/** Immediate feedback on one question: correct or not, the expected answer and the explanation (as HTML). */
export const checkAnswerAction = defineAction(
  { auth: "none", schema: z.object({ slug: contentSlugSchema, questionId: z.string().max(100), answer: jsonField }) },
  async ({ slug, questionId, answer }) => {
    const result = await checkQuizAnswer(slug, questionId, answer);
    return { correct: result.correct, expected: result.expected, explanationHtml: renderMarkdown(result.explanation) };
  },
);

/** Scores a finished quiz; signed-in learners' attempts are recorded with their best score. */
export const finishQuizAction = defineAction(
  { auth: "none", schema: z.object({ slug: contentSlugSchema, answers: jsonField }) },
  async ({ slug, answers }, { user }) => {
    if (user) await consumeQuizAttempt(user.id);
    const attempt = await recordQuizAttempt(user?.id ?? null, slug, answers);
    return { score: attempt.score, maxScore: attempt.maxScore, recorded: attempt.attemptId !== null };
  },
);
