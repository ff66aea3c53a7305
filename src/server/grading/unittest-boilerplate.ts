import "server-only";

import type { GradeResult } from "@/lib/grade-result-schema";

// unittest's own comparison wording, which must never lead (or appear in) what a learner reads: the checker shows
// the test author's message alone and rewords unittest's (grader/explain.py). Lines quoting the learner's code or
// Python's message for the learner's own exception are the learner's words, not boilerplate, so they are skipped.
const BOILERPLATE: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /\S != \S/, name: '"!="' },
  { pattern: /within \d+ places|within \S+ delta/, name: '"within N places"' },
  { pattern: /\b(?:Lists|Tuples|Sequences|Dicts|Sets) differ\b/, name: '"... differ"' },
  { pattern: /First differing element|First (?:list|tuple|sequence) contains|Second (?:list|tuple|sequence) contains/, name: '"First differing element"' },
  { pattern: /Items in the (?:first|second) set but not the/, name: '"Items in the first set"' },
  { pattern: /Element counts were not equal/, name: '"Element counts were not equal"' },
  { pattern: /\S is not (?:true|false)\b/, name: '"is not true"' },
  { pattern: /\S : \S|\s:\s*$/m, name: 'a " : " join' },
];
const LEARNER_LINE = /^(?: {2}line \d+, |Your code raised )/;

/** Every place in `result` where a learner would read unittest's comparison boilerplate, as `where: what`. */
export function findUnittestBoilerplate(result: GradeResult): string[] {
  const messages = [
    { where: "result message", text: result.message ?? "" },
    ...result.tests.map((test) => ({ where: test.name, text: test.message ?? "" })),
  ];
  const found: string[] = [];
  for (const { where, text } of messages) {
    const authored = text
      .split("\n")
      .filter((line) => !LEARNER_LINE.test(line))
      .join("\n");
    for (const { pattern, name } of BOILERPLATE) {
      if (pattern.test(authored)) found.push(`${where}: ${name} in ${JSON.stringify(text.slice(0, 200))}`);
    }
  }
  return found;
}
