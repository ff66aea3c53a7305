import "server-only";
import os from "node:os";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  GRADER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(os.availableParallelism()),
  /** Which sandbox isolation grades: auto (the strongest available), cgroup (refuse without), rlimits (fallback). */
  GRADER_ISOLATION: z.enum(["auto", "cgroup", "rlimits"]).default("auto"),
  /** How runs start: fork (a fork-server template, root only), bwrap (exec per run), auto (fork if it self-checks). */
  GRADER_DRIVER: z.enum(["auto", "fork", "bwrap"]).default("auto"),
  /** Runs after which a fork-server template is replaced (its hash seed and memory layout never live long). */
  GRADER_FORK_RECYCLE: z.coerce.number().int().min(1).max(100_000).optional(),
  /** First of the unprivileged uids the grading slots run learner code as (two per slot; root only). */
  GRADER_UID_BASE: z.coerce.number().int().min(1000).max(4_294_000_000).optional(),
  /** Set to "0" to serve the web app without grading in-process (production with separate workers). */
  EMBEDDED_WORKER: z.enum(["0", "1"]).optional(),
  /** Reverse proxies in front of the app whose X-Forwarded-For is trusted (0: use the socket's peer address). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The process environment, checked once; a bad value stops start-up with a message naming it. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
