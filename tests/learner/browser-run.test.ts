import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPyodide, type PyodideInterface } from "pyodide";

// The browser's "Run" in real Pyodide (Node can load it too): the learner's code, then the exercise's example.
let pyodide: PyodideInterface;
let printed = "";

type RunOutcome = {
  ok: boolean;
  virtual_seconds: number;
  blocking_sleeps: number;
  error?: { type: string; message: string; traceback: string; line: number | null; in_example: boolean };
};

function run(code: string, example?: string): RunOutcome {
  printed = "";
  const runInBrowser = pyodide.globals.get("browser_run").run;
  return JSON.parse(runInBrowser(code, example ?? null)) as RunOutcome;
}

beforeAll(async () => {
  pyodide = await loadPyodide({ indexURL: "node_modules/pyodide/" });
  pyodide.setStdout({ write: (bytes) => ((printed += new TextDecoder().decode(bytes)), bytes.length) });
  pyodide.setStderr({ write: (bytes) => ((printed += new TextDecoder().decode(bytes)), bytes.length) });
  pyodide.FS.mkdirTree("/pygrade");
  pyodide.FS.writeFile("/pygrade/vclock.py", readFileSync("grader/runtime/vclock.py"));
  pyodide.FS.writeFile("/pygrade/browser_run.py", readFileSync("src/browser-python/browser_run.py"));
  pyodide.runPython("import sys; sys.path.insert(0, '/pygrade'); import browser_run");
});

const gatherExample = readFileSync("exercises/gather-fetches/example.py", "utf8");

describe("browser_run", () => {
  it("prints what the code prints, then runs the example with the learner's definitions", () => {
    const outcome = run("def double(x):\n    return 2 * x\nprint('loaded')\n", "print(double(21))\n");
    expect(outcome).toMatchObject({ ok: true });
    expect(printed).toBe("loaded\n42\n");
  });

  it("runs asyncio.run and top-level await on the grader's virtual clock", () => {
    const code = "import asyncio\nasync def main():\n    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))\n    await asyncio.sleep(1)\n";
    expect(run(code, "asyncio.run(main())\nawait main()\n")).toMatchObject({ ok: true, virtual_seconds: 4 });
  });

  it("shows a sequential fetch_all taking 3 virtual seconds and gather taking 1 with the exercise's example", () => {
    const sequential = readFileSync("exercises/gather-fetches/starter.py", "utf8");
    expect(run(sequential, gatherExample)).toMatchObject({ ok: true, virtual_seconds: 3 });
    expect(printed).toContain("took 3 s");
    expect(run(readFileSync("exercises/gather-fetches/solution.py", "utf8"), gatherExample)).toMatchObject({ ok: true, virtual_seconds: 1 });
    expect(printed).toContain("took 1 s");
  });

  it("gives a traceback of the learner's frames only and the line to highlight", () => {
    const outcome = run("def inverse(x):\n    return 1 / x\n\nprint(inverse(0))\n");
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatchObject({ type: "ZeroDivisionError", line: 2, in_example: false });
    expect(outcome.error!.traceback).toContain('File "your_code.py", line 2, in inverse');
    expect(outcome.error!.traceback).toContain("return 1 / x");
    expect(outcome.error!.traceback).not.toContain("browser_run");
  });

  it("points at the learner's line when the example trips over their code, and at a syntax error's line", () => {
    const outcome = run("def f(x):\n    return x['key']\n", "f({})\n");
    expect(outcome.error).toMatchObject({ type: "KeyError", line: 2, in_example: false });
    expect(run("def f(:\n    pass\n").error).toMatchObject({ type: "SyntaxError", line: 1 });
  });

  it("counts a blocking time.sleep on the virtual clock, as the grader does", () => {
    expect(run("import time\ntime.sleep(2)\n")).toMatchObject({ ok: true, virtual_seconds: 2, blocking_sleeps: 1 });
  });
});
