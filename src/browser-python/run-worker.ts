// A web worker that runs Python with Pyodide, loaded from this app's own origin. The page terminates it to stop a
// run (an infinite loop cannot be interrupted from inside without cross-origin isolation).
import type { PyodideInterface } from "pyodide";
import type { RunMessage, RunRequest } from "./run-messages";

const OUTPUT_LIMIT = 100_000;

// The project's TypeScript lib is the DOM's; only these two members of a worker's global scope are used.
const scope = globalThis as unknown as {
  postMessage(message: RunMessage): void;
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
};

let pyodide: Promise<PyodideInterface> | null = null;
let sent = 0;

function forward(bytes: Uint8Array, decoder: TextDecoder): number {
  const text = decoder.decode(bytes, { stream: true });
  if (sent < OUTPUT_LIMIT) {
    const kept = text.slice(0, OUTPUT_LIMIT - sent);
    scope.postMessage({ type: "output", text: kept });
    if (kept.length < text.length) scope.postMessage({ type: "output-cut" });
  }
  sent += text.length;
  return bytes.length;
}

async function load(base: string): Promise<PyodideInterface> {
  const started = performance.now();
  // The URL is only known at run time (it carries the Pyodide version), so the bundler must leave it alone.
  const module = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${base}pyodide.mjs`)) as typeof import("pyodide");
  const imported = performance.now();
  const python = await module.loadPyodide({ indexURL: base });
  const booted = performance.now();
  const stdout = new TextDecoder();
  const stderr = new TextDecoder();
  python.setStdout({ write: (bytes) => forward(bytes, stdout) });
  python.setStderr({ write: (bytes) => forward(bytes, stderr) });
  python.FS.mkdirTree("/pygrade");
  for (const file of ["vclock.py", "browser_run.py"]) {
    const response = await fetch(`${base}${file}`);
    if (!response.ok) throw new Error(`could not load ${file} (${response.status})`);
    python.FS.writeFile(`/pygrade/${file}`, await response.text());
  }
  python.runPython("import sys\nsys.path.insert(0, '/pygrade')\nimport browser_run");
  const done = performance.now();
  const steps = { script: imported - started, python: booted - imported, modules: done - booted };
  scope.postMessage({ type: "loaded", ms: Math.round(done - started), steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, Math.round(v)])) });
  return python;
}

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.type !== "run") return;
  let python: PyodideInterface;
  try {
    pyodide ??= load(request.base);
    python = await pyodide;
  } catch (error) {
    pyodide = null;
    scope.postMessage({ type: "failed", message: `Python could not be loaded in this browser: ${(error as Error).message}` });
    return;
  }
  sent = 0;
  const started = performance.now();
  const run = python.globals.get("browser_run").run as (code: string, example: string | null) => string;
  const outcome = JSON.parse(run(request.code, request.example));
  scope.postMessage({ type: "done", outcome, ms: Math.round(performance.now() - started) });
};
