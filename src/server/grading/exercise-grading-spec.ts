import "server-only";

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import { parseFrontMatter } from "@/lib/front-matter";

import { DEFAULT_POINTS, declaredSandboxLimits, resolveSandboxLimits, type SandboxLimits } from "@/lib/grading-protocol";

/**
 * Everything grading needs from one exercise version: the source of tests.py, the points a full pass earns and the
 * sandbox limits. Stored with each ExerciseVersion at sync time, so a grading job is self-contained: the worker
 * needs no course checkout, and an edit on disk cannot change the verdict of a submission already made.
 */
export type ExerciseGradingSpec = { tests: string; points: number; limits: Partial<SandboxLimits> };

/**
 * sha256 of what decides a verdict: the tests, the points and the limits as the sandbox will apply them. Two
 * versions with the same hash grade every submission alike (an edit to the prompt or the hints changes the content
 * hash, not this), so a regrade only looks at submissions whose verdict came from a different grading hash.
 */
export function gradingHash(spec: ExerciseGradingSpec): string {
  const limits = resolveSandboxLimits(spec.limits);
  const canonical = JSON.stringify([spec.tests, spec.points, limits.wall_seconds, limits.memory_mb, limits.processes, limits.output_kb]);
  return createHash("sha256").update(canonical).digest("hex");
}

const storedVersionSchema = z.object({
  tests: z.string(),
  points: z.int().positive(),
  limits: z.unknown(),
});

/** The spec of a stored ExerciseVersion row, or null when it predates stored grading data (no tests). */
export function storedGradingSpec(row: { tests: string | null; points: number; limits: unknown }): ExerciseGradingSpec | null {
  const parsed = storedVersionSchema.safeParse(row);
  if (!parsed.success) return null;
  return { tests: parsed.data.tests, points: parsed.data.points, limits: declaredSandboxLimits(parsed.data.limits) };
}

/**
 * Reads the spec from an exercise folder on disk (`npm run grade`, content:check, tests): `tests.py`, and `points`
 * and `limits` from `exercise.md` (a missing exercise.md means defaults).
 */
export async function readExerciseGradingSpec(exerciseDir: string): Promise<ExerciseGradingSpec> {
  const dir = path.resolve(exerciseDir);
  let tests: string;
  try {
    tests = await readFile(path.join(dir, "tests.py"), "utf8");
  } catch (error) {
    throw new Error(`cannot read ${path.join(dir, "tests.py")}: ${(error as Error).message}`);
  }
  let data: Record<string, unknown> = {};
  const markdown = await readFile(path.join(dir, "exercise.md"), "utf8").catch(() => null);
  if (markdown !== null) data = parseFrontMatter(markdown).data as Record<string, unknown>;
  const points = typeof data.points === "number" && Number.isInteger(data.points) && data.points > 0 ? data.points : DEFAULT_POINTS;
  return { tests, points, limits: declaredSandboxLimits(data.limits) };
}
