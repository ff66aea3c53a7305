import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/server/http/api-route";
import { parseInput, parseJsonBody } from "@/server/http/parse-request";
import { getCurrentUser } from "@/server/auth/current-user";
import { contentSlugSchema } from "@/server/content/content-slug";
import { recordQuizAttempt } from "@/server/quizzes/record-quiz-attempt";
import { quizAnswersSchema } from "@/server/quizzes/score-quiz-attempt";
import { consumeQuizAttempt } from "@/server/rate-limit/quiz-attempt-limits";

const attemptBodySchema = z.object({ answers: quizAnswersSchema });

/**
 * Scores `{answers}` (question id -> choice index, list of indices, or items in order) and returns the score with
 * per-question feedback. Signed-in attempts are recorded (201 with `id`; 429 past 20 a minute); anonymous ones are
 * scored only (200).
 */
export const POST = apiRoute<{ slug: string }>(async (request, { params }) => {
  const slug = parseInput(contentSlugSchema, (await params).slug);
  const { answers } = await parseJsonBody(request, attemptBodySchema, { maxBytes: 64 * 1024 });
  const user = await getCurrentUser();
  if (user) await consumeQuizAttempt(user.id);
  const attempt = await recordQuizAttempt(user?.id ?? null, slug, answers);
  return NextResponse.json(
    {
      id: attempt.attemptId,
      recorded: attempt.attemptId !== null,
      score: attempt.score,
      max_score: attempt.maxScore,
      questions: attempt.questions,
    },
    { status: attempt.attemptId ? 201 : 200 },
  );
});
