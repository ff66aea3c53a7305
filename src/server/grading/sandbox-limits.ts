import "server-only";

/** Resource limits of one grading run (exercise.md `limits`, camel-cased). */
export type SandboxLimits = {
  wallSeconds: number;
  memoryMb: number;
  processes: number;
  outputKb: number;
};

export const defaultSandboxLimits: SandboxLimits = { wallSeconds: 10, memoryMb: 256, processes: 32, outputKb: 1024 };

/** The ranges exercises may choose from (exercises/README.md). */
export const sandboxLimitRanges: Record<keyof SandboxLimits, readonly [number, number]> = {
  wallSeconds: [5, 20],
  memoryMb: [128, 2048],
  processes: [20, 60],
  outputKb: [1024, 2048],
};

/** Fills in defaults and clamps every limit into its allowed range. */
export function resolveSandboxLimits(...overrides: Array<Partial<SandboxLimits> | undefined>): SandboxLimits {
  const merged: SandboxLimits = { ...defaultSandboxLimits };
  for (const override of overrides) {
    for (const key of Object.keys(defaultSandboxLimits) as Array<keyof SandboxLimits>) {
      const value = override?.[key];
      if (typeof value === "number" && Number.isFinite(value)) merged[key] = value;
    }
  }
  for (const key of Object.keys(sandboxLimitRanges) as Array<keyof SandboxLimits>) {
    const [min, max] = sandboxLimitRanges[key];
    merged[key] = Math.min(max, Math.max(min, merged[key]));
  }
  return merged;
}

/** The snake_case shape the Python checker reads. */
export function toCheckerLimits(limits: SandboxLimits) {
  return {
    wall_seconds: limits.wallSeconds,
    memory_mb: limits.memoryMb,
    processes: limits.processes,
    output_kb: limits.outputKb,
  };
}
