import "server-only";

import { z } from "zod";

import { quizQuestionSchema, type QuizQuestion } from "../content/quiz-schema";
import { getDb } from "../db";
import { notFound } from "../errors";

const storedQuestionsSchema = z.array(quizQuestionSchema);

export type StoredQuiz = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  step: string;
  contentHash: string;
  /** Including the answer key: server-side only. */
  questions: QuizQuestion[];
};

/** Quiz `slug` with its full questions (answer key included), parsed from the stored JSON; 404 when unknown. */
export async function loadQuiz(slug: string): Promise<StoredQuiz> {
  const db = await getDb();
  const quiz = await db.quiz.findFirst({
    where: { slug, archived: false },
    select: { id: true, slug: true, title: true, summary: true, step: true, contentHash: true, questions: true },
  });
  if (!quiz) throw notFound("That quiz");
  return { ...quiz, questions: storedQuestionsSchema.parse(quiz.questions) };
}
