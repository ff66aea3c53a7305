import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { getCurrentUser } from "@/server/auth/current-user";
import { listQuizzes } from "@/server/quizzes/list-quizzes";

/** Every quiz in story order; `best` is the caller's best attempt (null when anonymous or never taken). */
export const GET = apiRoute(async () => {
  const user = await getCurrentUser();
  const quizzes = await listQuizzes(user?.id ?? null);
  return NextResponse.json({
    quizzes: quizzes.map((quiz) => ({
      slug: quiz.slug,
      title: quiz.title,
      summary: quiz.summary,
      step: quiz.step,
      question_count: quiz.questionCount,
      best: quiz.best && { score: quiz.best.score, max_score: quiz.best.maxScore, attempts: quiz.best.attempts },
    })),
  });
});
