// A submission must never grade better than an honest empty answer by attacking the grader instead of solving
// the exercise. Each case below is a known way to fake a grade in a naive runner; all run in the real sandbox.
import { afterAll, describe, expect, it } from "vitest";

import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";

import { fixtureExercise } from "./grader-fixtures";

afterAll(() => shutdownGrader());

const countdown = fixtureExercise("countdown");
const fakePass = JSON.stringify({
  version: 3,
  status: "pass",
  score: 10,
  max_score: 10,
  duration_ms: 1,
  tests: [{ name: "CountdownTest > yields in order", status: "pass" }],
});

const attacks: Record<string, string> = {
  "calls sys.exit(0) while loading": "import sys\nsys.exit(0)\n",
  "calls sys.exit(0) inside the function": "import sys\ndef countdown(n):\n    sys.exit(0)\n",
  "calls os._exit(0) while loading": "import os\nos._exit(0)\n",
  "calls os._exit(0) inside the function": "import os\ndef countdown(n):\n    os._exit(0)\n",
  "prints a fake passing result and exits": `import os, sys\nprint(${JSON.stringify(fakePass)})\nsys.stdout.flush()\nos.write(1, b${JSON.stringify("\n" + fakePass + "\n")})\nos._exit(0)\n`,
  "prints a fake passing result from the function": `def countdown(n):\n    print(${JSON.stringify(fakePass)})\n    return None\n`,
  "monkeypatches unittest": [
    "import unittest",
    "for name in dir(unittest.TestCase):",
    "    if name.startswith('assert'):",
    "        setattr(unittest.TestCase, name, lambda *args, **kwargs: None)",
    "unittest.TestResult.addFailure = lambda *args: None",
    "unittest.TestResult.addError = lambda *args: None",
    "def countdown(n):",
    "    return None",
  ].join("\n"),
  "walks gc to edit results": [
    "import gc",
    "def countdown(n):",
    "    for thing in gc.get_objects():",
    "        if isinstance(thing, dict) and thing.get('status') in ('fail', 'error'):",
    "            thing['status'] = 'pass'",
    "        if isinstance(thing, list) and thing and all(isinstance(x, tuple) for x in thing):",
    "            thing.clear()",
    "    return None",
  ].join("\n"),
  "inspects the caller's frames for the expected value": [
    "import sys",
    "def countdown(n):",
    "    frame = sys._getframe(1)",
    "    while frame is not None:",
    "        for value in frame.f_locals.values():",
    "            if isinstance(value, list) and value and all(isinstance(x, int) for x in value):",
    "                return iter(value)",
    "        frame = frame.f_back",
    "    return None",
  ].join("\n"),
  "returns objects whose __eq__ always says True": [
    "class Anything:",
    "    def __eq__(self, other): return True",
    "    def __ne__(self, other): return False",
    "    __hash__ = object.__hash__",
    "class Values:",
    "    def __init__(self): self.left = 3",
    "    def __eq__(self, other): return True",
    "    def __iter__(self): return self",
    "    def __next__(self):",
    "        if not self.left: raise StopIteration",
    "        self.left -= 1",
    "        return Anything()",
    "def countdown(n):",
    "    return Values()",
  ].join("\n"),
  "returns a list subclass whose __eq__ always says True": [
    "class Equal(list):",
    "    def __eq__(self, other): return True",
    "    __hash__ = None",
    "def countdown(n):",
    "    return Equal([0])",
  ].join("\n"),
  "raises SkipTest to skip the checks": [
    "import unittest",
    "def countdown(n):",
    "    raise unittest.SkipTest('nothing to see')",
  ].join("\n"),
  "raises KeyboardInterrupt to abort the run": "def countdown(n):\n    raise KeyboardInterrupt\n",
  "kills its parent process": "import os, signal\ndef countdown(n):\n    os.kill(os.getppid(), signal.SIGKILL)\n    os.kill(-1, signal.SIGKILL)\n",
};

async function honestEmptyScore(): Promise<number> {
  const result = await gradeExercise({ exerciseDir: countdown, code: "" });
  return result.score;
}

describe("a submission cannot fake its grade", () => {
  it("an honest empty answer scores 0 (the bar every attack must not beat)", async () => {
    expect(await honestEmptyScore()).toBe(0);
  });

  it.each(Object.entries(attacks))("%s", async (_name, code) => {
    const result = await gradeExercise({ exerciseDir: countdown, code });
    expect(result.status).not.toBe("pass");
    expect(result.score).toBe(0);
    expect(result.tests.every((test) => test.status !== "pass")).toBe(true);
  });

  it("the tests and the reference solution cannot be read from inside the run", async () => {
    const probe = fixtureExercise("probe");
    const code = [
      "import os",
      "def probe():",
      "    found = []",
      `    for path in (${JSON.stringify(probe + "/tests.py")}, ${JSON.stringify(probe + "/solution.py")}, '/grader/../tests.py'):`,
      "        try:",
      "            found.append(open(path).read())",
      "        except OSError as error:",
      "            found.append(type(error).__name__)",
      "    for fd in range(64):",
      "        try:",
      "            target = os.readlink(f'/proc/self/fd/{fd}')",
      "        except OSError:",
      "            continue",
      "        found.append(target)",
      "        try:",
      "            found.append(os.pread(fd, 4096, 0).decode(errors='replace'))",
      "        except OSError:",
      "            pass",
      "    for root, dirs, files in os.walk('/grader'):",
      "        found.extend(files)",
      "    return '|'.join(found)",
    ].join("\n");
    const result = await gradeExercise({ exerciseDir: probe, code });
    const text = JSON.stringify(result);
    expect(result.tests[0]?.status).toBe("fail");
    expect(text).toContain("FileNotFoundError");
    expect(text).not.toContain("reference-solution-marker-7f3a");
    expect(text).not.toContain("assertEqual(probe()");
    expect(text).not.toContain("tests.py");
  });
});
