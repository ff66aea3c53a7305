import "server-only";

import { spawn } from "node:child_process";

import { z } from "zod";

import { logger } from "../logger";
import { graderEnvironment, graderPackageRoot, PYTHON } from "./checker-pool";

const checkSchema = z.object({
  status: z.enum(["ok", "warn", "fail"]),
  check: z.string(),
  detail: z.string(),
  fix: z.string().optional(),
});

const doctorReportSchema = z.object({
  ok: z.boolean(),
  isolation: z
    .object({ isolation: z.string(), notes: z.array(z.string()), no_cgroup_reason: z.string().optional() })
    .loose()
    .nullable(),
  checks: z.array(checkSchema),
});

export type DoctorReport = z.infer<typeof doctorReportSchema>;

/** What `GET /api/health` says about grading on this process's host. */
export type GraderHealth = {
  ok: boolean;
  isolation: string | null;
  notes: string[];
  problems: string[];
};

// The start-up script and Next's route bundle load separate copies of this module: keep the report on globalThis.
const holder = globalThis as typeof globalThis & { __graderHealth?: GraderHealth };

/** The grader health found at start-up by this process (undefined where this process does not grade). */
export function graderHealth(): GraderHealth | undefined {
  return holder.__graderHealth;
}

/** Runs `python3 -m grader.doctor --quick --json` (as `npm run grader:doctor -- --quick` does) and parses it. */
export function runGraderDoctor(): Promise<DoctorReport> {
  const graderRoot = graderPackageRoot();
  const passed = graderEnvironment();
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ["-E", "-s", "-m", "grader.doctor", "--quick", "--json"], {
      cwd: graderRoot,
      env: passed as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", () => {
      const line = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(doctorReportSchema.parse(JSON.parse(line)));
      } catch {
        reject(new Error(`the grader doctor gave no report: ${(stderr || stdout).slice(0, 500)}`));
      }
    });
  });
}

/**
 * The grading service's start-up check: logs which isolation is in force and anything to fix, and keeps the
 * summary for `/api/health`. Never throws: a host that cannot grade still serves, and says so.
 */
export async function checkGraderAtStartup(): Promise<GraderHealth> {
  try {
    const report = await runGraderDoctor();
    const health: GraderHealth = {
      ok: report.ok,
      isolation: report.isolation?.isolation ?? null,
      notes: report.isolation?.notes ?? [],
      problems: report.checks
        .filter((check) => check.status !== "ok")
        .map((check) => `${check.check}: ${check.detail}${check.fix ? ` (fix: ${check.fix})` : ""}`),
    };
    const fields = { isolation: health.isolation, problems: health.problems };
    if (!report.ok) logger.error(fields, "grading cannot work on this host; run `npm run grader:doctor` for details");
    else if (health.isolation === "rlimits") logger.warn(fields, "grading with the no-cgroup fallback isolation");
    else logger.info(fields, `grading isolation: ${health.isolation}`);
    holder.__graderHealth = health;
  } catch (error) {
    holder.__graderHealth = { ok: false, isolation: null, notes: [], problems: [(error as Error).message] };
    logger.error({ error: (error as Error).message }, "the grader doctor could not run");
  }
  return holder.__graderHealth;
}
