"""A seeded fuzzer: a stand-in runner in the real sandbox answers the checker with random and malformed frames.

Whatever the learner's process sends, the checker must end with a verdict about their code: no crash (which would
be reported as a problem in the grader), never a pass, and a message every time.
"""

import os
import random
import unittest

from grader import checker, sandbox
from grader.tests.sandbox_case import SandboxTestCase

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COUNTDOWN = os.path.join(REPO, "tests", "grader", "fixtures", "countdown")
with open(os.path.join(COUNTDOWN, "tests.py")) as _tests:
    COUNTDOWN_TESTS = _tests.read()
ITERATIONS = int(os.environ.get("GRADER_FUZZ_ITERATIONS", "120"))

# Runs in the sandbox in place of grader.runtime.runner: greets properly (nothing of the learner's runs before the
# greeting), then answers every request with a frame chosen by the seed.
FUZZ_RUNNER = r'''
import json, marshal, os, random, sys
rng = random.Random(int(sys.argv[1]))

def frame(data):
    os.write(3, len(data).to_bytes(4, "big") + data)

def value(depth=0):
    kinds = ["int", "big", "str", "float", "none", "bool", "list", "dict"] + (["tagged"] * 3 if depth < 4 else [])
    kind = rng.choice(kinds)
    if kind == "int": return rng.randint(-5, 5)
    if kind == "big": return rng.choice([2 ** 61 - 1, 10 ** 30, -(2 ** 64)])
    if kind == "str": return rng.choice(["", "x", "\udc80", "\x00", "H", "R", "S", "D", "B", "L"])
    if kind == "float": return rng.choice([0.5, float("nan"), float("inf")])
    if kind == "none": return None
    if kind == "bool": return rng.random() < 0.5
    if kind == "list": return [value(depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "dict": return {rng.choice(["value", "raise", "missing", "syntax", "type", "x"]): value(depth + 1)}
    tag = rng.choice(["L", "T", "S", "F", "D", "B", "H", "R", "Z", 5, None])
    return [tag] + [value(depth + 1) for _ in range(rng.randint(0, 4))]

def answer():
    choice = rng.randrange(14)
    if choice == 0: return {"value": value()}
    if choice == 1: return {"raise": None}
    if choice == 2: return {"raise": {"type": value(), "builtin": rng.random() < 0.5, "message": value(),
                                      "args": value(), "trace": [value(), [1], [None, None, None, None]]}}
    if choice == 3: return {"raise": {"type": "ExceptionGroup", "builtin": True, "message": "boom",
                                      "args": ["T", "boom", ["L", ["H", 1, "ValueError", "x"]]], "trace": []}}
    if choice == 4: return "a string"
    if choice == 5: return rng.randint(0, 9)
    if choice == 6: return {"syntax": value()}
    if choice == 7: return {"missing": value()}
    if choice == 8: return {"unsendable": value()}
    if choice == 9: return None
    if choice == 10: return b"{not json"
    if choice == 11: return b"\xff" * 4
    if choice == 12: return {"value": ["S"] + [k * (2 ** 61 - 1) for k in range(200)]}
    return value()

frame(json.dumps({"ready": True}).encode())
while True:
    header = os.read(0, 4)
    if len(header) < 4:
        break
    size = int.from_bytes(header, "big")
    body = b""
    while len(body) < size:
        chunk = os.read(0, size - len(body))
        if not chunk:
            sys.exit(0)
        body += chunk
    reply = answer()
    if rng.random() < 0.03:
        os._exit(rng.choice([0, 1, 3]))
    if rng.random() < 0.03:
        os.write(3, (1 << 31).to_bytes(4, "big"))
        continue
    data = reply if isinstance(reply, bytes) else json.dumps(reply, allow_nan=True).encode("utf-8", "surrogatepass")
    frame(data)
'''


class FuzzFrames(SandboxTestCase):
    def test_random_frames_always_end_as_a_verdict(self):
        limits = sandbox.Limits(wall_seconds=10)
        for seed in range(ITERATIONS):
            argv = [sandbox.PYTHON, "-I", "-S", "-B", "-c", FUZZ_RUNNER, str(seed)]
            runner = checker.RunnerProcess(limits, self.launcher, argv=argv)
            with self.subTest(seed=seed):
                result = checker.grade(COUNTDOWN_TESTS, "def countdown(n):\n    yield n\n", limits, 10, self.launcher,
                                       runner=runner)
                self.assertNotEqual(result["status"], "pass", result)
                messages = [result.get("message")] + [test.get("message") for test in result["tests"]
                                                      if test["status"] != "pass"]
                self.assertTrue(any(messages), result)
                self.assertTrue(all(test.get("message") for test in result["tests"] if test["status"] != "pass"),
                                result)


if __name__ == "__main__":
    unittest.main()
