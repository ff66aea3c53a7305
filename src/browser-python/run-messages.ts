/** How a "Run" in the browser ended, as browser_run.py reports it. */
export type BrowserRunOutcome = {
  ok: boolean;
  virtual_seconds: number;
  blocking_sleeps: number;
  error?: {
    type: string;
    message: string;
    /** The traceback with the learner's and the example's frames only. */
    traceback: string;
    /** The line of the learner's code to highlight, if the error passed through it. */
    line: number | null;
    in_example: boolean;
  };
};

/** Page → worker. */
export type RunRequest = { type: "run"; base: string; code: string; example: string | null };

/** Worker → page. */
export type RunMessage =
  /** `steps`: ms to load Pyodide's script, to start Python (download, compile, standard library), to load our modules. */
  | { type: "loaded"; ms: number; steps: Record<string, number> }
  | { type: "output"; text: string }
  | { type: "output-cut" }
  | { type: "done"; outcome: BrowserRunOutcome; ms: number }
  | { type: "failed"; message: string };
