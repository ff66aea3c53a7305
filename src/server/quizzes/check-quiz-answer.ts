import "server-only";

import { z } from "zod";

import { notFound } from "../errors";
import { parseInput } from "../http/parse-request";
import { loadQuiz } from "./load-quiz";
import { quizAnswersSchema, scoreQuizAttempt, type QuestionResult } from "./score-quiz-attempt";

const answerSchema = quizAnswersSchema.valueType;

/**
 * Immediate feedback on one answered question (correct or not, the expected answer, the explanation); nothing is
 * stored: the attempt is recorded once the learner finishes the quiz.
 */
export async function checkQuizAnswer(slug: string, questionId: string, answer: unknown): Promise<QuestionResult> {
  const parsed = parseInput(z.object({ questionId: z.string().max(100), answer: answerSchema }), { questionId, answer });
  const quiz = await loadQuiz(slug);
  const question = quiz.questions.find((candidate) => candidate.id === parsed.questionId);
  if (!question) throw notFound("That question");
  return scoreQuizAttempt({ questions: [question] }, { [question.id]: parsed.answer }).questions[0];
}
