import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { syncContent } from "@/server/content/sync-content";
import { getPublicQuiz } from "@/server/quizzes/get-public-quiz";
import { loadQuiz } from "@/server/quizzes/load-quiz";
import { recordQuizAttempt } from "@/server/quizzes/record-quiz-attempt";
import { checkQuizAnswer } from "@/server/quizzes/check-quiz-answer";
import { listQuizzes } from "@/server/quizzes/list-quizzes";
import type { QuizQuestion } from "@/server/content/quiz-schema";
import { makeStudent } from "./fixtures";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const SLUG = "generators-and-yield";

beforeAll(async () => {
  database = await createTestDatabase();
  await syncContent(database.prisma, "exercises");
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

/** The right answer to each question, from the stored key. */
function correctAnswers(questions: QuizQuestion[]) {
  return Object.fromEntries(
    questions.map((question) => [question.id, question.kind === "order" ? question.items : question.answer]),
  );
}

describe("getPublicQuiz", () => {
  it("sends the questions without the answer key or the explanations", async () => {
    const quiz = await getPublicQuiz(SLUG);
    expect(quiz.questions.length).toBeGreaterThan(3);
    const serialised = JSON.stringify(quiz);
    expect(serialised).not.toContain('"answer"');
    expect(serialised).not.toContain('"explanation"');
    const full = await loadQuiz(SLUG);
    expect(serialised).not.toContain(full.questions[0].explanation.slice(0, 40));
  });
});

describe("recordQuizAttempt", () => {
  it("scores an anonymous attempt without storing anything", async () => {
    const quiz = await loadQuiz(SLUG);
    const before = await database.prisma.quizAttempt.count();
    const attempt = await recordQuizAttempt(null, SLUG, correctAnswers(quiz.questions));
    expect(attempt).toMatchObject({ attemptId: null, score: quiz.questions.length, maxScore: quiz.questions.length });
    expect(await database.prisma.quizAttempt.count()).toBe(before);
  });

  it("records a learner's attempt and keeps their best score across retakes", async () => {
    const learner = await makeStudent(database.prisma);
    const quiz = await loadQuiz(SLUG);
    const perfect = correctAnswers(quiz.questions);
    const [first, second] = quiz.questions;
    const twoRight = { [first.id]: perfect[first.id], [second.id]: perfect[second.id] };

    const weak = await recordQuizAttempt(learner.id, SLUG, twoRight);
    expect(weak.score).toBe(2);
    expect(weak.questions.find((question) => question.id === first.id)).toMatchObject({ correct: true });
    expect(weak.questions.filter((question) => !question.correct)).toHaveLength(quiz.questions.length - 2);
    const strong = await recordQuizAttempt(learner.id, SLUG, perfect);
    await recordQuizAttempt(learner.id, SLUG, {});

    const attempts = await database.prisma.quizAttempt.findMany({ where: { userId: learner.id }, orderBy: { createdAt: "asc" } });
    expect(attempts.map((attempt) => attempt.score)).toEqual([2, quiz.questions.length, 0]);
    expect(attempts[1].id).toBe(strong.attemptId);
    const progress = await database.prisma.quizProgress.findFirstOrThrow({ where: { userId: learner.id } });
    expect(progress).toMatchObject({ bestScore: quiz.questions.length, maxScore: quiz.questions.length, attempts: 3 });

    const listed = (await listQuizzes(learner.id)).find((item) => item.slug === SLUG);
    expect(listed?.best).toEqual({ score: quiz.questions.length, maxScore: quiz.questions.length, attempts: 3 });
    expect((await listQuizzes(null)).find((item) => item.slug === SLUG)?.best).toBeNull();
  });

  it("refuses malformed answers with a 400 and stores nothing", async () => {
    const learner = await makeStudent(database.prisma);
    await expect(recordQuizAttempt(learner.id, SLUG, { anything: { nested: true } })).rejects.toMatchObject({ code: "bad_request" });
    await expect(recordQuizAttempt(learner.id, SLUG, "not an object")).rejects.toMatchObject({ code: "bad_request" });
    expect(await database.prisma.quizAttempt.count({ where: { userId: learner.id } })).toBe(0);
    expect(await database.prisma.quizProgress.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("records answers holding a lone surrogate (which jsonb refuses) with U+FFFD instead of failing", async () => {
    const learner = await makeStudent(database.prisma);
    const quiz = await loadQuiz(SLUG);
    const attempt = await recordQuizAttempt(learner.id, SLUG, { [quiz.questions[0].id]: ["a\udc80"], "q\ud800": ["x"] });
    expect(attempt.attemptId).not.toBeNull();
    const stored = await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.attemptId! } });
    expect(stored.answers).toEqual({ [quiz.questions[0].id]: ["a\ufffd"], "q\ufffd": ["x"] });
  });

  it("answers 404 for an unknown or archived quiz", async () => {
    await expect(recordQuizAttempt(null, "no-such-quiz", {})).rejects.toMatchObject({ code: "not_found" });
    await database.prisma.quiz.update({ where: { slug: SLUG }, data: { archived: true } });
    await expect(getPublicQuiz(SLUG)).rejects.toMatchObject({ code: "not_found" });
    await database.prisma.quiz.update({ where: { slug: SLUG }, data: { archived: false } });
  });
});

describe("checkQuizAnswer", () => {
  it("gives immediate feedback on one question with its explanation", async () => {
    const quiz = await loadQuiz(SLUG);
    const question = quiz.questions.find((candidate) => candidate.kind === "single")!;
    if (question.kind !== "single") throw new Error("expected a single-choice question");
    const wrong = (question.answer + 1) % question.choices.length;
    expect(await checkQuizAnswer(SLUG, question.id, question.answer)).toMatchObject({ correct: true, explanation: question.explanation });
    expect(await checkQuizAnswer(SLUG, question.id, wrong)).toMatchObject({ correct: false, expected: question.answer });
    await expect(checkQuizAnswer(SLUG, "no-such-question", 0)).rejects.toMatchObject({ code: "not_found" });
  });
});
