import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** A course written to a fresh temporary folder named `exercises`, as content authors lay it out. */
export async function writeTempCourse(files: Record<string, string>): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const parent = await mkdtemp(path.join(tmpdir(), "course-"));
  const root = path.join(parent, "exercises");
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  await mkdir(root, { recursive: true });
  return { root, cleanup: () => rm(parent, { recursive: true, force: true }) };
}

export const stepsYaml = `- id: generators
  title: Generators
  summary: Pausing functions.
- id: two-way
  title: Two-way generators
  summary: send and friends.
`;

/** exercise.md with valid front matter, overridable field by field (a value of undefined drops the field). */
export function exerciseMarkdown(fields: Record<string, string | undefined> = {}, prompt = "Define `countdown(n)`."): string {
  const defaults: Record<string, string | undefined> = {
    title: "Countdown generator",
    summary: "Yield n, n-1, ..., 1.",
    step: "generators",
    difficulty: "intro",
    topics: "[yield, generators]",
    points: "10",
  };
  const lines = Object.entries({ ...defaults, ...fields })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n${prompt}\n`;
}

/** The files of one complete, valid exercise folder under `slug/`. */
export function exerciseFiles(slug: string, markdown = exerciseMarkdown()): Record<string, string> {
  return {
    [`${slug}/exercise.md`]: markdown,
    [`${slug}/starter.py`]: "def countdown(n):\n    pass\n",
    [`${slug}/solution.py`]: "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n",
    [`${slug}/tests.py`]: "import unittest\n",
    [`${slug}/mistakes/returns-list.py`]: "# feedback: not lazy\ndef countdown(n):\n    return list(range(n, 0, -1))\n",
    [`${slug}/alternatives/yield-from-range.py`]: "def countdown(n):\n    yield from range(n, 0, -1)\n",
  };
}
