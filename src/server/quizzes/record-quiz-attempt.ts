import "server-only";

import type { Prisma } from "@/generated/prisma/client";

import { getDb } from "../db";
import { parseInput } from "../http/parse-request";
import { loadQuiz } from "./load-quiz";
import { quizAnswersSchema, scoreQuizAttempt, type QuizAttemptScore } from "./score-quiz-attempt";

export type RecordedQuizAttempt = QuizAttemptScore & { attemptId: string | null };

/**
 * Scores answers to quiz `slug`. For a signed-in learner the attempt and their QuizProgress (best score, attempt
 * count) are written in one transaction; an anonymous attempt is scored but not stored (`attemptId` null).
 */
export async function recordQuizAttempt(userId: string | null, slug: string, answers: unknown): Promise<RecordedQuizAttempt> {
  const parsedAnswers = parseInput(quizAnswersSchema, answers);
  const quiz = await loadQuiz(slug);
  const scored = scoreQuizAttempt(quiz, parsedAnswers);
  if (!userId) return { ...scored, attemptId: null };

  const db = await getDb();
  const attempt = await db.$transaction(async (tx) => {
    const now = new Date();
    const created = await tx.quizAttempt.create({
      data: {
        userId,
        quizId: quiz.id,
        answers: parsedAnswers as Prisma.InputJsonValue,
        feedback: scored.questions as unknown as Prisma.InputJsonValue,
        score: scored.score,
        maxScore: scored.maxScore,
        contentHash: quiz.contentHash,
        createdAt: now,
      },
    });
    const previous = await tx.quizProgress.findUnique({ where: { userId_quizId: { userId, quizId: quiz.id } } });
    // Compared as fractions: an edit can change a quiz's length, and the best attempt is the best share correct.
    const keepPrevious = previous && previous.bestScore * scored.maxScore >= scored.score * previous.maxScore;
    await tx.quizProgress.upsert({
      where: { userId_quizId: { userId, quizId: quiz.id } },
      create: { userId, quizId: quiz.id, bestScore: scored.score, maxScore: scored.maxScore, attempts: 1, lastAttemptAt: now },
      update: {
        attempts: { increment: 1 },
        lastAttemptAt: now,
        ...(keepPrevious ? {} : { bestScore: scored.score, maxScore: scored.maxScore }),
      },
    });
    return created;
  });
  return { ...scored, attemptId: attempt.id };
}
