import "server-only";

import { z } from "zod";

import type { QuizContent } from "@/server/content/load-course";
import type { QuizQuestion } from "@/server/content/quiz-schema";

/**
 * A learner's answers, keyed by question id: a choice index (`single`, `output`), a list of choice indices
 * (`multiple`) or the items in the learner's order (`order`). Unanswered questions are simply absent.
 */
export const quizAnswersSchema = z.record(
  z.string().max(100),
  z.union(
    [
      z.int().nonnegative(),
      z.array(z.int().nonnegative()).max(100),
      z.array(z.string().max(1000)).max(100),
    ],
    { error: "an answer is a choice index, a list of choice indices, or the items in order" },
  ),
);

export type QuizAnswers = z.infer<typeof quizAnswersSchema>;

export type QuestionResult = { id: string; correct: boolean; expected: number | number[] | string[]; explanation: string };

export type QuizAttemptScore = { score: number; maxScore: number; questions: QuestionResult[] };

/** Scores an attempt, one point per question; throws a ZodError when the payload is malformed. */
export function scoreQuizAttempt(quiz: Pick<QuizContent, "questions">, answers: Record<string, unknown>): QuizAttemptScore {
  const parsed = quizAnswersSchema.parse(answers);
  const questions = quiz.questions.map((question) => ({
    id: question.id,
    correct: Object.hasOwn(parsed, question.id) && isCorrect(question, parsed[question.id]),
    expected: expectedAnswer(question),
    explanation: question.explanation,
  }));
  return { score: questions.filter((question) => question.correct).length, maxScore: questions.length, questions };
}

function expectedAnswer(question: QuizQuestion): number | number[] | string[] {
  switch (question.kind) {
    case "single":
    case "output":
      return question.answer;
    case "multiple":
      return [...question.answer].sort((a, b) => a - b);
    case "order":
      return [...question.items];
  }
}

// An answer of the wrong shape for its question (say a list for a `single`) is wrong, not an error:
// the payload is valid, the learner just did not pick the right thing.
function isCorrect(question: QuizQuestion, answer: QuizAnswers[string]): boolean {
  switch (question.kind) {
    case "single":
    case "output":
      return answer === question.answer;
    case "multiple": {
      if (!Array.isArray(answer) || !answer.every((value) => typeof value === "number")) return false;
      const chosen = new Set(answer);
      return chosen.size === question.answer.length && question.answer.every((index) => chosen.has(index));
    }
    case "order":
      return (
        Array.isArray(answer) &&
        answer.length === question.items.length &&
        answer.every((item, index) => item === question.items[index])
      );
  }
}
