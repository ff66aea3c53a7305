import type { BrowserRunOutcome, RunMessage, RunRequest } from "./run-messages";

/** How one run ended: finished (with or without an exception), stopped by the learner or the time limit, or failed to start. */
export type BrowserRunResult =
  | { kind: "finished"; outcome: BrowserRunOutcome; ms: number }
  | { kind: "stopped"; reason: "stop" | "time-limit" }
  | { kind: "failed"; message: string };

export type BrowserRunEvents = {
  onOutput: (text: string) => void;
  /** Python finished loading (the first run in a worker); `ms` is how long that took. */
  onLoaded: (ms: number, steps: Record<string, number>) => void;
};

/** Seconds a run may take once Python is loaded; loading itself gets longer on a slow connection. */
export const RUN_SECONDS = 10;
const LOAD_SECONDS = 120;

// Written out in full so the bundler sees a worker entry point (and bundles run-worker.ts as one).
function startWorker(): Worker {
  return new Worker(new URL("./run-worker.ts", import.meta.url), { type: "module" });
}

/**
 * Runs Python in a web worker with Pyodide. One worker is kept warm between runs; stopping (by the learner or the
 * time limit) terminates it, and the next run starts a new one.
 */
export class BrowserPythonRunner {
  private worker: Worker | null = null;
  private finish: ((result: BrowserRunResult) => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loaded = false;

  constructor(private readonly base: string) {}

  /** Whether Python is already loaded in a worker (a warm run). */
  get warm(): boolean {
    return this.worker !== null && this.loaded;
  }

  run(code: string, example: string | null, events: BrowserRunEvents): Promise<BrowserRunResult> {
    if (this.finish) this.stop();
    const worker = (this.worker ??= startWorker());
    return new Promise((resolve) => {
      this.finish = (result) => {
        clearTimeout(this.timer);
        this.finish = null;
        worker.onmessage = null;
        resolve(result);
      };
      const limit = (seconds: number) => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.end({ kind: "stopped", reason: "time-limit" }), seconds * 1000);
      };
      limit(this.loaded ? RUN_SECONDS : LOAD_SECONDS);
      worker.onmessage = (event: MessageEvent<RunMessage>) => {
        const message = event.data;
        if (message.type === "loaded") {
          this.loaded = true;
          events.onLoaded(message.ms, message.steps);
          limit(RUN_SECONDS);
        } else if (message.type === "output") events.onOutput(message.text);
        else if (message.type === "output-cut") events.onOutput("\n[output cut: your code printed more than is shown]\n");
        else if (message.type === "done") this.finish?.({ kind: "finished", outcome: message.outcome, ms: message.ms });
        else if (message.type === "failed") this.end({ kind: "failed", message: message.message });
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.end({ kind: "failed", message: `Python stopped unexpectedly in this browser${event.message ? `: ${event.message}` : ""}.` });
      };
      const request: RunRequest = { type: "run", base: this.base, code, example };
      worker.postMessage(request);
    });
  }

  /** Stops the run in progress, if any (the worker is discarded: Python reloads on the next run). */
  stop(): void {
    this.end({ kind: "stopped", reason: "stop" });
  }

  /** Ends the worker for good (the page is going away). */
  dispose(): void {
    this.stop();
    this.worker?.terminate();
    this.worker = null;
  }

  private end(result: BrowserRunResult): void {
    if (!this.finish) return;
    this.worker?.terminate();
    this.worker = null;
    this.loaded = false;
    this.finish(result);
  }
}
