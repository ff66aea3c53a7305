import "server-only";
import os from "node:os";
import { z } from "zod";

const flag = z.enum(["0", "1"]);

/**
 * Every environment variable the code reads, checked in one place; the README's configuration table lists the same
 * keys (tests/architecture/environment.test.ts). ESLint forbids `process.env` outside this file except in the few
 * commented places that set variables before this schema loads or pass the environment on to a child process.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  /** The course folder `npm start`, `npm run content:sync`, content:check and the course's steps are read from. */
  CONTENT_DIR: z.string().min(1).default("exercises"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /**
   * Grades at once in this process. One more than the cores: part of every grade is the app claiming the job and
   * storing the verdict, while its checker sits idle; one extra slot keeps the cores busy meanwhile (on 2 cores,
   * embedded, 35 instead of 30 graded/s). Set it to the cores where CPU-heavy exercises should each get a core.
   */
  GRADER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(os.availableParallelism() + 1),
  /** Which sandbox isolation grades: auto (the strongest available), cgroup (refuse without), rlimits (fallback). */
  GRADER_ISOLATION: z.enum(["auto", "cgroup", "rlimits"]).default("auto"),
  /** How runs start: fork (a fork-server template, root only), bwrap (exec per run), auto (fork if it self-checks). */
  GRADER_DRIVER: z.enum(["auto", "fork", "bwrap"]).default("auto"),
  /** Runs after which a fork-server template is replaced (its hash seed and memory layout never live long). */
  GRADER_FORK_RECYCLE: z.coerce.number().int().min(1).max(100_000).optional(),
  /** First of the unprivileged uids the grading slots run learner code as (two per slot; root only). */
  GRADER_UID_BASE: z.coerce.number().int().min(1000).max(4_294_000_000).optional(),
  /** Where bubblewrap is (the grader's default: /usr/bin/bwrap). */
  GRADER_BWRAP: z.string().min(1).optional(),
  /** The grader's Python package folder (default ./grader); the checker runs from its parent. */
  GRADER_DIR: z.string().min(1).optional(),
  /** "1" runs learner code without any sandbox (a developer's own code on a machine without bubblewrap only). */
  GRADER_UNSAFE_LOCAL: flag.optional(),
  /** Set to "0" to serve the web app without grading in-process (production with separate workers). */
  EMBEDDED_WORKER: flag.optional(),
  /** Reverse proxies in front of the app whose X-Forwarded-For is trusted (0: use the socket's peer address). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** "1": `npm start` serves the existing build without checking whether sources changed. */
  SKIP_BUILD: flag.optional(),
  /** Unset: info, or silent under NODE_ENV=test. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** Which role this process logs as and names its queue instance after (`npm run worker` sets "worker"). */
  APP_SERVICE: z.string().min(1).default("web"),
  /** `npm run admin:create`: the new admin's password (else read from stdin). */
  ADMIN_PASSWORD: z.string().min(1).optional(),
  /** `npm run bench:load`: concurrent learners, submissions in all, and an app to target instead of starting one. */
  LEARNERS: z.coerce.number().int().min(1).default(50),
  SUBMISSIONS: z.coerce.number().int().min(1).default(500),
  // A plain string: tools set BASE_URL for their own purposes (vitest sets "/"), which must not stop the app.
  BASE_URL: z.string().optional(),
  /** Tests: a PostgreSQL server the database suites run against a second time, and the one the app server uses. */
  TEST_DATABASE_URL: z.string().optional(),
  TEST_APP_DATABASE_URL: z.string().optional(),
  /** Playwright (read by playwright.config.ts): the port of the app under test and the Chromium to drive. */
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3210),
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
});

export type Env = z.infer<typeof envSchema>;

const keys = Object.keys(envSchema.shape) as Array<keyof Env>;
let cached: { fingerprint: string; env: Env } | undefined;

/**
 * The process environment, checked; a bad value stops start-up with a message naming it. Parsed again only when one
 * of its variables changed (start-up scripts and tests set some after the first read).
 */
export function env(): Env {
  const source = process.env;
  const fingerprint = keys.map((key) => source[key] ?? "\u0000").join("\u0001");
  if (cached?.fingerprint === fingerprint) return cached.env;
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = { fingerprint, env: parsed.data };
  return parsed.data;
}
