import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { stepsFileSchema, type Step } from "./steps-schema";

// Steps live only in steps.yaml (the database stores each item's step id and position), and the file only changes
// with a deploy, so one read per process is enough.
let cached: { root: string; steps: Promise<Step[]> } | undefined;

/** The course's steps in story order, from `<rootDir>/steps.yaml` (validated when content was synced). */
export function loadCourseSteps(rootDir = "exercises"): Promise<Step[]> {
  const root = path.resolve(rootDir);
  if (cached?.root !== root) {
    const steps = readFile(path.join(root, "steps.yaml"), "utf8").then((source) =>
      stepsFileSchema.parse(parseYaml(source)).map((step, order) => ({ ...step, order })),
    );
    cached = { root, steps };
    steps.catch(() => (cached = undefined));
  }
  return cached.steps;
}
