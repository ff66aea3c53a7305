import { z } from "zod";

/**
 * The grading protocol between the app and the Python checker (`python3 -m grader.checker_server`, one JSON job per
 * line): the sandbox limits with their defaults and the ranges exercises may choose from, the score of a full pass
 * when nothing says otherwise, the watchdog margin, and the job itself. Defined here once; server and browser code
 * import it, and grader/protocol.json (read by grader/sandbox.py's `Limits`) is generated from it by
 * `npm run grader:protocol` (tests/grader/protocol.test.ts fails when the two drift). The wire is snake_case
 * throughout, as exercise.md's front matter and the result (Exercism v3: `max_score`, `duration_ms`) are.
 */

/** The ranges exercises may choose each limit from (exercise.md `limits`, exercises/README.md). */
export const sandboxLimitRanges = {
  /** The whole grading run, in seconds. */
  wall_seconds: [5, 20],
  /** The runner's memory. */
  memory_mb: [128, 2048],
  /** The runner's processes and threads. */
  processes: [20, 60],
  /** The learner's output kept. */
  output_kb: [1024, 2048],
} as const;

export type SandboxLimitName = keyof typeof sandboxLimitRanges;
/** Resource limits of one grading run, as exercise.md, the stored version and the checker job name them. */
export type SandboxLimits = Record<SandboxLimitName, number>;

export const sandboxLimitNames = Object.keys(sandboxLimitRanges) as SandboxLimitName[];

/** The limits of a run whose exercise sets none. */
export const defaultSandboxLimits: Readonly<SandboxLimits> = { wall_seconds: 10, memory_mb: 256, processes: 32, output_kb: 1024 };

/** The score of a full pass when an exercise folder has no exercise.md to say (fixtures, quick experiments). */
export const DEFAULT_POINTS = 10;

/** How long the app waits beyond a run's wall limit before giving the checker up: start-up, loading tests, cleanup. */
export const WATCHDOG_MARGIN_SECONDS = 15;

/** Fills in defaults and clamps every limit into its allowed range. */
export function resolveSandboxLimits(...overrides: Array<Partial<SandboxLimits> | undefined>): SandboxLimits {
  const merged: SandboxLimits = { ...defaultSandboxLimits };
  for (const override of overrides) {
    for (const name of sandboxLimitNames) {
      const value = override?.[name];
      if (typeof value === "number" && Number.isFinite(value)) merged[name] = value;
    }
  }
  for (const name of sandboxLimitNames) {
    const [min, max] = sandboxLimitRanges[name];
    merged[name] = Math.min(max, Math.max(min, merged[name]));
  }
  return merged;
}

/** The limits an exercise declares or a stored version holds, keeping only known, finite numbers. */
export function declaredSandboxLimits(declared: unknown): Partial<SandboxLimits> {
  const limits: Partial<SandboxLimits> = {};
  if (!declared || typeof declared !== "object") return limits;
  for (const name of sandboxLimitNames) {
    const value = (declared as Record<string, unknown>)[name];
    if (typeof value === "number" && Number.isFinite(value)) limits[name] = value;
  }
  return limits;
}

const limitsOnTheWire = z.strictObject(
  Object.fromEntries(sandboxLimitNames.map((name) => [name, z.number().positive()])) as Record<SandboxLimitName, z.ZodNumber>,
);

/** A job for the trusted checker; a grade job carries the source of tests.py. */
export const checkerJobSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("grade"), tests: z.string(), code: z.string(), max_score: z.number().positive(), limits: limitsOnTheWire }),
  z.strictObject({ kind: z.literal("snippet"), code: z.string(), limits: limitsOnTheWire }),
]);

export type CheckerJob = z.infer<typeof checkerJobSchema>;

/** What grader/protocol.json holds: the part of the protocol Python reads. */
export function protocolForPython() {
  return {
    comment: "Generated from src/lib/grading-protocol.ts by `npm run grader:protocol`; do not edit.",
    limits: Object.fromEntries(
      sandboxLimitNames.map((name) => [name, { default: defaultSandboxLimits[name], range: [...sandboxLimitRanges[name]] }]),
    ),
    default_points: DEFAULT_POINTS,
    watchdog_margin_seconds: WATCHDOG_MARGIN_SECONDS,
    job_kinds: Object.fromEntries(
      checkerJobSchema.options.map((option) => [option.shape.kind.value, Object.keys(option.shape)]),
    ),
  };
}
