import "server-only";

import { z } from "zod";

import { resolveSandboxLimits, WATCHDOG_MARGIN_SECONDS } from "@/lib/grading-protocol";

import { CheckerFailure } from "./checker-pool";
import { sharedCheckerPool } from "./shared-checker-pool";

export type SnippetRun = { stdout: string; stderr: string; exitCode: number | null; timedOut: boolean };

const snippetRunSchema = z.strictObject({
  stdout: z.string(),
  stderr: z.string(),
  exitCode: z.number().int().nullable(),
  timedOut: z.boolean(),
});

const DEFAULT_TIMEOUT_MS = 5_000;

/** Runs a trusted-but-unvetted Python snippet as a script in the grading sandbox (quiz predict-the-output keys). */
export async function runSnippet(code: string, opts?: { timeoutMs?: number }): Promise<SnippetRun> {
  const timeoutMs = Math.min(20_000, Math.max(100, opts?.timeoutMs ?? DEFAULT_TIMEOUT_MS));
  const limits = { ...resolveSandboxLimits(), wall_seconds: timeoutMs / 1000 };
  try {
    const raw = await sharedCheckerPool().submit({ kind: "snippet", code, limits }, timeoutMs + WATCHDOG_MARGIN_SECONDS * 1000);
    return snippetRunSchema.parse(raw);
  } catch (error) {
    if (error instanceof CheckerFailure) return { stdout: "", stderr: error.message, exitCode: null, timedOut: false };
    throw error;
  }
}
