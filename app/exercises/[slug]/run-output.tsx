import { formatSeconds } from "@/lib/async-timeline";
import { RUN_SECONDS } from "@/browser-python/browser-python-runner";
import type { BrowserRunState } from "./use-browser-run";

/** One line saying where a browser run is, for the live region (short, so a screen reader reads it whole). */
export function runStatusText(state: BrowserRunState): string {
  if (state.phase === "idle") return "";
  if (state.phase === "loading") return "Loading Python in your browser (the first run downloads it once)…";
  if (state.phase === "running") return "Your code is running in this browser…";
  const result = state.result;
  if (!result) return "";
  if (result.kind === "failed") return result.message;
  if (result.kind === "stopped") {
    return result.reason === "stop" ? "Stopped." : `Stopped after ${RUN_SECONDS} seconds: is there a loop that never ends?`;
  }
  const { outcome, ms } = result;
  const virtual = outcome.virtual_seconds > 0 ? `, ${formatSeconds(outcome.virtual_seconds)} of virtual asyncio time` : "";
  if (outcome.ok) return `Finished in ${ms} ms${virtual}.`;
  const error = outcome.error!;
  const where = error.line ? ` on line ${error.line} of your code` : error.in_example ? " in the example" : "";
  return `Your code raised ${error.type}${where}.`;
}

/** What a browser run printed, and its traceback if it raised. */
export function RunOutput({ state }: { state: BrowserRunState }) {
  const result = state.result;
  const error = result?.kind === "finished" ? result.outcome.error : undefined;
  const output = state.output.replace(/\s+$/, "");
  const busy = state.phase === "loading" || state.phase === "running";
  return (
    <div className="space-y-2">
      {state.loadMs !== null && (
        <p className="text-xs text-slate-600" data-load-steps={JSON.stringify(state.loadSteps)}>
          Python loaded in {(state.loadMs / 1000).toFixed(1)} s.
        </p>
      )}
      {(output || busy || !error) && (
        <pre
          aria-label="Printed output"
          tabIndex={0}
          className="max-h-72 min-h-12 overflow-auto whitespace-pre-wrap break-words rounded-lg bg-slate-900 p-3 font-mono text-xs text-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500"
        >
          {output || (busy ? "" : "(nothing printed)")}
        </pre>
      )}
      {error && (
        <pre
          aria-label="Traceback"
          tabIndex={0}
          className="max-h-72 overflow-auto whitespace-pre-wrap break-words rounded-lg border border-red-200 bg-red-50 p-3 font-mono text-xs text-red-900 focus-visible:outline-2 focus-visible:outline-brand-500"
        >
          {error.traceback}
        </pre>
      )}
    </div>
  );
}
