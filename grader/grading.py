"""The `grading` module hidden tests import: run trusted snippets next to the learner's code and observe it.

The checker points `_channel` at the current run before loading tests.py. See exercises/README.md.
"""

import ast
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


def defined_as(name):
    """How the learner's file defines the top-level `name`, read from its source here in the checker, where their
    code cannot answer for it: "generator function", "coroutine function", "async generator function",
    "function", "class", or None when the file binds it in a way the source alone does not tell (from a call, an
    import) or not at all. The last top-level binding counts; an alias (`name = other`) is followed; decorators are
    not. Structural checks ("is it a generator function?") use this beside the runner's `inspect`, which the
    learner's code can replace."""
    tree = _parsed(source())
    return None if tree is None else _kind_of(tree.body, name, set())


_last_parse = (None, None)


def _parsed(text):
    """The learner's parsed source; parsed once per run, since tests ask about it test after test."""
    global _last_parse
    if _last_parse[0] != text:
        try:
            _last_parse = (text, ast.parse(text))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            _last_parse = (text, None)
    return _last_parse[1]


_KIND_IN_RUNNER = """
import inspect
f = getattr(submission, name, None)
if f is None:
    result = None
elif inspect.isasyncgenfunction(f):
    result = "async generator function"
elif inspect.iscoroutinefunction(f):
    result = "coroutine function"
elif inspect.isgeneratorfunction(f):
    result = "generator function"
elif isinstance(f, type):
    result = "class"
else:
    result = "function" if callable(f) else "other"
"""


def kind_of(name):
    """What the learner's top-level `name` is, for a structural check: "generator function", "coroutine function",
    "async generator function", "class", "function", "other", or None when it is missing. The runner's `inspect`
    answers, and the source (`defined_as`) must agree wherever it can tell: a learner's code that replaces
    `inspect` cannot make a class pass for a generator function, and a decorator that turns an async def into a
    plain function is seen for what it returns."""
    in_runner = run(_KIND_IN_RUNNER, name=name)
    if in_runner is not None and not isinstance(in_runner, str):
        in_runner = "other"
    in_source = defined_as(name)
    return in_runner if in_source in (None, in_runner) else in_source


def _kind_of(statements, name, following):
    if name in following:
        return None
    following.add(name)
    kind = None
    for statement in _top_level(statements):
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and statement.name == name:
            kind = _definition_kind(statement)
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)) and any(
                isinstance(target, ast.Name) and target.id == name for target in _targets(statement)):
            value = statement.value
            if isinstance(value, ast.Name):
                kind = _kind_of(statements, value.id, following)
            else:
                kind = _definition_kind(value) if isinstance(value, ast.Lambda) else None
        elif isinstance(statement, (ast.Import, ast.ImportFrom)) and any(
                (alias.asname or alias.name.split(".")[0]) == name for alias in statement.names):
            kind = None
    return kind


def _top_level(statements):
    """Module-level statements in order, looking inside `if`, `try` and `with` blocks (still module level)."""
    for statement in statements:
        yield statement
        if isinstance(statement, (ast.If, ast.Try, ast.With)):
            for block in ("body", "orelse", "finalbody"):
                yield from _top_level(getattr(statement, block, []))
            for handler in getattr(statement, "handlers", []):
                yield from _top_level(handler.body)


def _targets(statement):
    return statement.targets if isinstance(statement, ast.Assign) else [statement.target]


def _definition_kind(node):
    """The kind a `def`, `async def`, `class` or `lambda` node defines."""
    if isinstance(node, ast.ClassDef):
        return "class"
    yields = _yields_in([node.body] if isinstance(node, ast.Lambda) else node.body)
    if isinstance(node, ast.AsyncFunctionDef):
        return "async generator function" if yields else "coroutine function"
    return "generator function" if yields else "function"


def _yields_in(body):
    """Whether a function body itself yields (nested functions, lambdas and classes have their own scopes)."""
    pending = list(body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        pending.extend(ast.iter_child_nodes(node))
    return False
