import "server-only";

import { createHash } from "node:crypto";

import type { QuizQuestion } from "@/server/content/quiz-schema";

/** What a learner may see of a question before answering: no answer key, no explanation. */
export type PublicQuestion =
  | { id: string; kind: "single" | "multiple"; prompt: string; choices: string[] }
  | { id: string; kind: "output"; prompt: string; code: string; choices: string[] }
  | { id: string; kind: "order"; prompt: string; items: string[] };

/** Strips the answer key; `order` items come shuffled, the same way every time for a given question id. */
export function toPublicQuestion(question: QuizQuestion): PublicQuestion {
  switch (question.kind) {
    case "single":
    case "multiple":
      return { id: question.id, kind: question.kind, prompt: question.prompt, choices: [...question.choices] };
    case "output":
      return {
        id: question.id,
        kind: "output",
        prompt: question.prompt,
        code: question.code,
        choices: [...question.choices],
      };
    case "order":
      return { id: question.id, kind: "order", prompt: question.prompt, items: shuffleBySeed(question.items, question.id) };
  }
}

// Deterministic so a reload shows the same puzzle, and never the identity, which would give the answer away.
function shuffleBySeed(items: readonly string[], seed: string): string[] {
  const shuffled = [...items];
  let state = createHash("sha256").update(seed).digest().readUInt32BE(0);
  const random = () => {
    // mulberry32: a tiny, well-distributed PRNG; quality only matters for variety, not security.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  if (shuffled.length > 1 && shuffled.every((item, index) => item === items[index])) shuffled.push(shuffled.shift()!);
  return shuffled;
}
