import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { stepsFileSchema, type Step } from "./steps-schema";

// Steps live only in steps.yaml (the database stores each item's step id and position), and the file only changes
// with a deploy, so one read per process is enough.
let cached: Promise<Step[]> | undefined;

/** The course's steps in story order, from `exercises/steps.yaml` (validated when content was synced). */
export function loadCourseSteps(): Promise<Step[]> {
  // A static path keeps Next's file tracing to this one file instead of the whole project.
  cached ??= readFile(path.join(process.cwd(), "exercises", "steps.yaml"), "utf8").then((source) =>
    stepsFileSchema.parse(parseYaml(source)).map((step, order) => ({ ...step, order })),
  );
  cached.catch(() => (cached = undefined));
  return cached;
}
