import "server-only";

import { loadCourseSteps } from "../content/course-steps";
import { getDb } from "../db";

export type QuizSummary = {
  slug: string;
  title: string;
  summary: string;
  step: string;
  stepTitle: string;
  questionCount: number;
  /** The learner's best attempt, or null (anonymous, or never taken). */
  best: { score: number; maxScore: number; attempts: number } | null;
};

/** Every quiz in story order, with the learner's best score when `userId` is given. */
export async function listQuizzes(userId: string | null): Promise<QuizSummary[]> {
  const db = await getDb();
  const [steps, quizzes, progress] = await Promise.all([
    loadCourseSteps(),
    db.quiz.findMany({
      where: { archived: false },
      orderBy: [{ stepOrder: "asc" }, { order: "asc" }, { title: "asc" }],
      select: { id: true, slug: true, title: true, summary: true, step: true, questions: true },
    }),
    userId ? db.quizProgress.findMany({ where: { userId } }) : Promise.resolve([]),
  ]);
  const stepTitles = new Map(steps.map((step) => [step.id, step.title]));
  const progressByQuiz = new Map(progress.map((row) => [row.quizId, row]));
  return quizzes.map((quiz) => {
    const row = progressByQuiz.get(quiz.id);
    return {
      slug: quiz.slug,
      title: quiz.title,
      summary: quiz.summary,
      step: quiz.step,
      stepTitle: stepTitles.get(quiz.step) ?? quiz.step,
      questionCount: Array.isArray(quiz.questions) ? quiz.questions.length : 0,
      best: row ? { score: row.bestScore, maxScore: row.maxScore, attempts: row.attempts } : null,
    };
  });
}
