"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { BrowserPythonRunner, type BrowserRunResult } from "@/browser-python/browser-python-runner";

export type BrowserRunState = {
  phase: "idle" | "loading" | "running" | "ended";
  output: string;
  result: BrowserRunResult | null;
  /** How long loading Python took on the first run of this worker, if it was loaded for this run. */
  loadMs: number | null;
  /** Where the loading time went (see RunMessage "loaded"). */
  loadSteps: Record<string, number> | null;
};

const OUTPUT_CHARS = 100_000;

/** The "Run" button's state: runs code in a Pyodide worker, collects what it prints, and can stop it. */
export function useBrowserRun(base: string) {
  const runner = useRef<BrowserPythonRunner | null>(null);
  const [state, setState] = useState<BrowserRunState>({ phase: "idle", output: "", result: null, loadMs: null, loadSteps: null });
  useEffect(() => () => runner.current?.dispose(), []);

  const run = useCallback(
    async (code: string, example: string | null): Promise<BrowserRunResult> => {
      runner.current ??= new BrowserPythonRunner(base);
      const current = runner.current;
      setState({ phase: current.warm ? "running" : "loading", output: "", result: null, loadMs: null, loadSteps: null });
      const result = await current.run(code, example, {
        onLoaded: (ms, steps) => setState((previous) => ({ ...previous, phase: "running", loadMs: ms, loadSteps: steps })),
        onOutput: (text) => setState((previous) => ({ ...previous, output: (previous.output + text).slice(0, OUTPUT_CHARS) })),
      });
      setState((previous) => ({ ...previous, phase: "ended", result }));
      return result;
    },
    [base],
  );
  const stop = useCallback(() => runner.current?.stop(), []);
  return { state, run, stop };
}
