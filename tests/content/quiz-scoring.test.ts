import { describe, expect, it } from "vitest";

import type { QuizQuestion } from "@/server/content/quiz-schema";
import { toPublicQuestion } from "@/server/quizzes/public-question";
import { scoreQuizAttempt } from "@/server/quizzes/score-quiz-attempt";

const single: QuizQuestion = {
  id: "returns",
  kind: "single",
  prompt: "What does calling a generator function return?",
  choices: ["The first value", "A generator object", "A list"],
  answer: 1,
  explanation: "It builds a generator object.",
};
const multiple: QuizQuestion = {
  id: "has-send",
  kind: "multiple",
  prompt: "Which have `send`?",
  choices: ["generators", "coroutine objects", "lists", "async generators (as asend)"],
  answer: [0, 1],
  explanation: "Generators and coroutines.",
};
const output: QuizQuestion = {
  id: "first-next",
  kind: "output",
  prompt: "What prints?",
  code: "def g():\n    yield 1\nprint(next(g()))\n",
  choices: ["1", "None"],
  answer: 0,
  explanation: "next runs to the first yield.",
};
const order: QuizQuestion = {
  id: "history",
  kind: "order",
  prompt: "Oldest first.",
  items: ["generators", "send()", "yield from", "async/await"],
  explanation: "2.2, 2.5, 3.3, 3.5.",
};
const quiz = { questions: [single, multiple, output, order] };

describe("scoreQuizAttempt", () => {
  it("gives one point per correct question and full marks for a perfect attempt", () => {
    const result = scoreQuizAttempt(quiz, {
      returns: 1,
      "has-send": [1, 0],
      "first-next": 0,
      history: ["generators", "send()", "yield from", "async/await"],
    });
    expect(result.score).toBe(4);
    expect(result.maxScore).toBe(4);
    expect(result.questions.every((question) => question.correct)).toBe(true);
  });

  it("marks a wrong single or output choice wrong and reports the expected index with the explanation", () => {
    const result = scoreQuizAttempt(quiz, { returns: 0, "first-next": 1 });
    expect(result.questions[0]).toEqual({
      id: "returns",
      correct: false,
      expected: 1,
      explanation: "It builds a generator object.",
    });
    expect(result.questions[2]).toMatchObject({ id: "first-next", correct: false, expected: 0 });
  });

  it("needs the exact set for a multiple question: a subset or an extra choice is wrong", () => {
    const score = (answer: number[]) => scoreQuizAttempt({ questions: [multiple] }, { "has-send": answer }).score;
    expect(score([0, 1])).toBe(1);
    expect(score([1, 0])).toBe(1);
    expect(score([0])).toBe(0);
    expect(score([0, 1, 3])).toBe(0);
    expect(score([])).toBe(0);
    expect(scoreQuizAttempt({ questions: [multiple] }, {}).questions[0].expected).toEqual([0, 1]);
  });

  it("needs the exact order for an order question", () => {
    const score = (answer: string[]) => scoreQuizAttempt({ questions: [order] }, { history: answer }).score;
    expect(score(["generators", "send()", "yield from", "async/await"])).toBe(1);
    expect(score(["generators", "yield from", "send()", "async/await"])).toBe(0);
    expect(score(["generators", "send()", "yield from"])).toBe(0);
  });

  it("counts unanswered questions and answers of the wrong shape as wrong", () => {
    const result = scoreQuizAttempt(quiz, { returns: [1], history: [0, 1, 2, 3] });
    expect(result.score).toBe(0);
    expect(result.maxScore).toBe(4);
  });

  it("rejects a malformed payload instead of scoring it", () => {
    expect(() => scoreQuizAttempt(quiz, { returns: "1" })).toThrow(/choice index/);
    expect(() => scoreQuizAttempt(quiz, { returns: -1 })).toThrow();
    expect(() => scoreQuizAttempt(quiz, { returns: 1.5 })).toThrow();
  });
});

describe("toPublicQuestion", () => {
  it("strips the answer and the explanation from choice questions", () => {
    for (const question of [single, multiple, output]) {
      const shown = toPublicQuestion(question);
      expect(shown).not.toHaveProperty("answer");
      expect(shown).not.toHaveProperty("explanation");
      expect(JSON.stringify(shown)).not.toContain(question.explanation);
    }
    expect(toPublicQuestion(output)).toEqual({
      id: "first-next",
      kind: "output",
      prompt: "What prints?",
      code: output.code,
      choices: ["1", "None"],
    });
  });

  it("shows order items shuffled, never in the correct order, the same way every time", () => {
    const shown = toPublicQuestion(order);
    if (shown.kind !== "order") throw new Error("expected an order question");
    expect(shown.items).not.toEqual(order.kind === "order" && order.items);
    expect([...shown.items].sort()).toEqual([...(order.kind === "order" ? order.items : [])].sort());
    expect(toPublicQuestion(order)).toEqual(shown);
    expect(shown).not.toHaveProperty("explanation");
  });

  it("never shows a two-item order question in its correct order", () => {
    for (const id of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const shown = toPublicQuestion({ id, kind: "order", prompt: "p", items: ["first", "second"], explanation: "e" });
      expect(shown).toMatchObject({ items: ["second", "first"] });
    }
  });
});
