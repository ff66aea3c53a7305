import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of a fixture exercise under tests/grader/fixtures/. */
export function fixtureExercise(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export const fixturesDir = path.dirname(fixtureExercise("countdown"));
