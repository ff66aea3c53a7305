import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { env } from "../env";

import { stepsFileSchema, type Step } from "./steps-schema";

// Steps live only in steps.yaml (the database stores each item's step id and position), and the file only changes
// with a deploy, so one read per process is enough.
let cached: Promise<Step[]> | undefined;

/** The course's steps in story order, from `steps.yaml` in CONTENT_DIR (validated when content was synced). */
export function loadCourseSteps(): Promise<Step[]> {
  // turbopackIgnore: the folder is configuration, read at run time; tracing it would pull in the whole project.
  cached ??= readFile(path.resolve(/* turbopackIgnore: true */ process.cwd(), env().CONTENT_DIR, "steps.yaml"), "utf8").then((source) =>
    stepsFileSchema.parse(parseYaml(source)).map((step, order) => ({ ...step, order })),
  );
  cached.catch(() => (cached = undefined));
  return cached;
}
