import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { loadCourse } from "@/server/content/load-course";
import { questionKinds } from "@/server/content/quiz-schema";
import { toPublicQuestion } from "@/server/quizzes/public-question";
import { scoreQuizAttempt } from "@/server/quizzes/score-quiz-attempt";

const repositoryContent = fileURLToPath(new URL("../../exercises", import.meta.url));

// The schema half of `npm run content:check`, kept here so a broken quiz or front matter fails the fast suite too.
describe("the repository's course", () => {
  it("loads without problems and has quizzes of every kind", async () => {
    const course = await loadCourse(repositoryContent);
    const questions = course.quizzes.flatMap((quiz) => quiz.questions);
    expect(course.quizzes.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeGreaterThanOrEqual(50);
    expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(questionKinds));
  });

  it("scores every quiz's own answer key as full marks and never shows that key to learners", async () => {
    const { quizzes } = await loadCourse(repositoryContent);
    for (const quiz of quizzes) {
      const answers = Object.fromEntries(
        quiz.questions.map((question) => [question.id, question.kind === "order" ? question.items : question.answer]),
      );
      const result = scoreQuizAttempt(quiz, answers);
      expect(result.score, quiz.slug).toBe(quiz.questions.length);

      for (const question of quiz.questions) {
        const shown = toPublicQuestion(question);
        expect(Object.keys(shown)).not.toContain("answer");
        expect(Object.keys(shown)).not.toContain("explanation");
        if (question.kind === "order" && shown.kind === "order") expect(shown.items).not.toEqual(question.items);
      }
    }
  });
});
