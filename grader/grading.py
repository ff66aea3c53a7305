"""The `grading` module hidden tests import: run trusted snippets next to the learner's code and observe it.

The checker points `_channel` at the current run before loading tests.py. See exercises/README.md.
"""

from dataclasses import dataclass, field

from grader.remote import Handle, RemoteError  # noqa: F401  (part of the API tests use)

_channel = None
# Names of coroutines the learner's code never awaited, seen by run_async during the current test (the checker
# clears it per test and reports it).
_never_awaited = []
# Every Outcome run_async returned since the checker last took them: the test's entry shows them as a timeline.
_outcomes = []


@dataclass
class Outcome:
    """What `run_async` observed on the virtual-clock loop."""

    value: object = None
    elapsed: float = 0.0
    events: list = field(default_factory=list)
    blocking: list = field(default_factory=list)
    never_awaited: list = field(default_factory=list)


def run(code, **inputs):
    """Run trusted `code` in the runner (globals: submission, inputs); return its global `result`."""
    return _channel.call({"op": "run", "code": code, "inputs": _channel.encode(inputs)})


def run_async(code, **inputs):
    """Run `code` as an async body on the runner's virtual-clock loop; return an Outcome."""
    observed = _channel.call({"op": "run_async", "code": code, "inputs": _channel.encode(inputs)})
    if not (isinstance(observed, dict) and {"value", "elapsed", "events", "blocking", "never_awaited"} <= set(observed)
            and all(type(observed[name]) is list for name in ("events", "blocking", "never_awaited"))
            and type(observed["elapsed"]) in (int, float)):
        raise RemoteError("TamperedReport", "your code changed what the grader's event loop reports")
    _never_awaited.extend(str(name) for name in observed["never_awaited"])
    outcome = Outcome(value=observed["value"], elapsed=observed["elapsed"], events=list(observed["events"]),
                      blocking=list(observed["blocking"]), never_awaited=list(observed["never_awaited"]))
    _outcomes.append(outcome)
    return outcome


def source():
    """The learner's source text (for static checks with ast: parse it, never exec it)."""
    return _channel.source


def type_name(value):
    """The type name of a value, looked up in the runner for a handle."""
    return value._type_name if isinstance(value, Handle) else type(value).__name__
