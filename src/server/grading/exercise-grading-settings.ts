import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { parseFrontMatter } from "@/server/content/front-matter";

import type { SandboxLimits } from "./sandbox-limits";

/** What grading needs from exercise.md: the points and the optional sandbox limits. */
export type ExerciseGradingSettings = { points?: number; limits: Partial<SandboxLimits> };

const limitKeys = {
  wall_seconds: "wallSeconds",
  memory_mb: "memoryMb",
  processes: "processes",
  output_kb: "outputKb",
} as const;

/** Reads `points` and `limits` from `<exerciseDir>/exercise.md`; a missing file means defaults. */
export async function readExerciseGradingSettings(exerciseDir: string): Promise<ExerciseGradingSettings> {
  let source: string;
  try {
    source = await readFile(path.join(exerciseDir, "exercise.md"), "utf8");
  } catch {
    return { limits: {} };
  }
  const data = parseFrontMatter(source).data as Record<string, unknown>;
  const limits: Partial<SandboxLimits> = {};
  const declared = (data.limits ?? {}) as Record<string, unknown>;
  for (const [key, name] of Object.entries(limitKeys)) {
    if (typeof declared[key] === "number") limits[name] = declared[key] as number;
  }
  const points = typeof data.points === "number" && data.points > 0 ? data.points : undefined;
  return { points, limits };
}
