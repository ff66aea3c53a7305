import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import pyodidePackage from "pyodide/package.json" with { type: "json" };

/** The Pyodide release the browser runs (Python 3.11, like the grader); its files' URLs carry it, so they never go stale. */
export const PYODIDE_VERSION: string = pyodidePackage.version;

/** What the browser's "Run" may load, and where each file lives: Pyodide's own files and the two Python modules. */
const ASSETS: Record<string, { from: "pyodide" | "grader" | "browser"; type: string }> = {
  "pyodide.mjs": { from: "pyodide", type: "text/javascript; charset=utf-8" },
  "pyodide.asm.js": { from: "pyodide", type: "text/javascript; charset=utf-8" },
  "pyodide.asm.wasm": { from: "pyodide", type: "application/wasm" },
  "python_stdlib.zip": { from: "pyodide", type: "application/zip" },
  "pyodide-lock.json": { from: "pyodide", type: "application/json" },
  // The grader's virtual-clock loop, so `asyncio.sleep` behaves in "Run" as it does when graded.
  "vclock.py": { from: "grader", type: "text/x-python; charset=utf-8" },
  "browser_run.py": { from: "browser", type: "text/x-python; charset=utf-8" },
};

// Read at run time from the app's folder; the comments keep the bundler from tracing the whole project.
const FOLDERS = {
  pyodide: () => path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "pyodide"),
  grader: () => path.join(/* turbopackIgnore: true */ process.cwd(), "grader", "runtime"),
  browser: () => path.join(/* turbopackIgnore: true */ process.cwd(), "src", "browser-python"),
};

/** The bytes and content type of one file "Run" loads, or null for anything not on the list (or another version). */
export async function readBrowserPythonAsset(version: string, file: string): Promise<{ body: Buffer; type: string } | null> {
  const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
  if (version !== PYODIDE_VERSION || !asset) return null;
  return { body: await readFile(path.join(FOLDERS[asset.from](), file)), type: asset.type };
}
