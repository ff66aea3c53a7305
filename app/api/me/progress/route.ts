import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { requireUser } from "@/server/auth/current-user";
import { getProgressSummary } from "@/server/progress/get-progress-summary";

/** The caller's progress: solved count, points over total, per step, quiz bests, recent activity, points over time. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  const summary = await getProgressSummary(user.id);
  return NextResponse.json({
    solved: summary.solved,
    exercise_count: summary.exerciseCount,
    points: summary.points,
    total_points: summary.totalPoints,
    steps: summary.steps.map((step) => ({
      id: step.id,
      title: step.title,
      solved: step.solved,
      total: step.total,
      points: step.points,
      total_points: step.totalPoints,
    })),
    quizzes: summary.quizzes.map((quiz) => ({
      slug: quiz.slug,
      title: quiz.title,
      best_score: quiz.bestScore,
      max_score: quiz.maxScore,
      attempts: quiz.attempts,
      last_attempt_at: quiz.lastAttemptAt,
    })),
    recent: summary.recent.map(({ maxScore, ...item }) => ({ ...item, max_score: maxScore })),
    points_over_time: summary.pointsOverTime,
  });
});
