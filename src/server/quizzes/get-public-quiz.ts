import "server-only";

import { loadQuiz } from "./load-quiz";
import { toPublicQuestion, type PublicQuestion } from "./public-question";

export type PublicQuiz = { slug: string; title: string; summary: string; step: string; questions: PublicQuestion[] };

/** Quiz `slug` as a learner sees it before answering: questions without the answer key or explanations. */
export async function getPublicQuiz(slug: string): Promise<PublicQuiz> {
  const quiz = await loadQuiz(slug);
  return {
    slug: quiz.slug,
    title: quiz.title,
    summary: quiz.summary,
    step: quiz.step,
    questions: quiz.questions.map(toPublicQuestion),
  };
}
