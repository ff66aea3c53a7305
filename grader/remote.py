"""The checker's view of the learner's code: a channel to the sandboxed runner, handles, the `submission` proxy.

Everything that comes back is decoded from tagged JSON into exact built-in types or `Handle`s. A handle forwards
iteration, calls, attribute access, len() and indexing, but never comparisons or truth: so an object whose
__eq__ always says True stays a handle here, and comparing it to an expected value is plain identity (False).
"""

import builtins
import json
import os
import select
import time
import types

from grader.runtime import wire

OUTPUT_KILL_FACTOR = 1.1
SANDBOX_START_SECONDS = 30


class RunnerGone(Exception):
    """The runner stopped (time limit, memory, output flood, crash); `reason` says why in learner words."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class MissingName(AttributeError):
    """The submission does not define a name the tests import."""

    def __init__(self, name):
        super().__init__(f"Your code does not define `{name}`.")
        self.missing = name


class RemoteError(Exception):
    """An exception from the learner's code whose type is not a built-in one."""

    def __init__(self, type_name, message):
        super().__init__(f"{type_name}: {message}" if message else type_name)
        self.type_name = type_name
        self.message = message


class Channel:
    """Request/answer over the runner's pipes, draining its printed output and enforcing the wall clock."""

    def __init__(self, sandbox, request_fd, answer_fd, output_fd, limits, started):
        self.sandbox = sandbox
        self.request_fd = request_fd
        self.answer_fd = answer_fd
        self.output_fd = output_fd
        self.limits = limits
        # Until the runner greets, the clock is the sandbox's start-up allowance (the grader's business, however
        # loaded the machine); the learner's wall limit starts with the greeting.
        self.deadline = started + SANDBOX_START_SECONDS
        self.output_cap = limits.output_kb * 1024
        self.output_seen = 0
        self.output_kept = 0
        self.pending_output = bytearray()
        self.output_truncated = False
        self.gone = None
        self.missing_names = []
        self.source = ""
        os.set_blocking(request_fd, False)
        os.set_blocking(output_fd, False)

    # -- output ---------------------------------------------------------------------------------------
    def _drain_output(self):
        while True:
            try:
                chunk = os.read(self.output_fd, 65536)
            except BlockingIOError:
                return True
            if not chunk:
                return False
            self.output_seen += len(chunk)
            kept = chunk[:max(0, self.output_cap - self.output_kept)]
            self.pending_output += kept
            self.output_kept += len(kept)
            if len(kept) < len(chunk):
                self.output_truncated = True
            if self.output_seen > self.output_cap * OUTPUT_KILL_FACTOR:
                self._stop(f"Your code printed more than {self.limits.output_kb} KB, so it was stopped.",
                           output_limit=True)

    def take_output(self):
        """What the learner's code printed since the last call."""
        if self.gone is None:
            try:
                self._drain_output()
            except RunnerGone:
                pass
        text = self.pending_output.decode("utf-8", "replace")
        self.pending_output.clear()
        truncated, self.output_truncated = self.output_truncated, False
        return text, truncated

    # -- lifecycle ------------------------------------------------------------------------------------
    def _stop(self, reason, **marks):
        if self.gone is None:
            self.gone = reason
            self.sandbox.mark(**marks)
            self.sandbox.kill()
        raise RunnerGone(self.gone)

    def _vanished(self):
        """Explain, from the run's outcome record, why the runner ended on its own."""
        self.sandbox.ended(timeout=1.0)
        outcome = self.sandbox.outcome()
        if outcome.memory_limit:
            return f"Your code used more than {self.limits.memory_mb} MB of memory, so it was stopped."
        if (outcome.cpu_limit or outcome.signal == "SIGKILL") and time.monotonic() > self.deadline - 0.5:
            return self._timeout_reason()
        if outcome.cpu_limit:
            return f"Your code used more than {int(self.limits.wall_seconds)} s of CPU time, so it was stopped."
        if outcome.signal:
            return f"Your code crashed the Python interpreter ({outcome.signal})."
        tried = (f" after trying to start more than {self.limits.processes} processes"
                 if outcome.process_limit else "")
        return (f"Your code ended the Python process (exit code {outcome.exit_code}){tried}, for example with "
                "os._exit(); the remaining checks could not run.")

    def _timeout_reason(self):
        return (f"Your code ran for more than {self.limits.wall_seconds:g} s and was stopped "
                "(an endless loop, or waiting for something that never happens?).")

    def _wait_readable(self, fd):
        while True:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                self._stop(self._timeout_reason(), wall_limit=True)
            readable, _, _ = select.select([fd, self.output_fd], [], [], remaining)
            if self.output_fd in readable:
                if not self._drain_output() and fd == self.output_fd:
                    return
            if fd in readable:
                return

    def _send(self, message):
        view = memoryview(wire.request_bytes(message))
        while view:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                self._stop(self._timeout_reason(), wall_limit=True)
            _, writable, _ = select.select([], [self.request_fd], [], min(remaining, 0.05))
            self._drain_output()
            if writable:
                try:
                    view = view[os.write(self.request_fd, view):]
                except BlockingIOError:
                    pass
                except BrokenPipeError:
                    self._stop(self._vanished())

    def _read_exactly(self, count):
        chunks = []
        while count:
            self._wait_readable(self.answer_fd)
            chunk = os.read(self.answer_fd, min(count, 1 << 20))
            if not chunk:
                self._stop(self._vanished())
            chunks.append(chunk)
            count -= len(chunk)
        return b"".join(chunks)

    def wait_ready(self):
        """Wait for the runner's greeting (sent once its imports are done); the wall limit starts then."""
        greeting = self.read_answer()
        self.deadline = time.monotonic() + self.limits.wall_seconds
        return greeting

    def send(self, message):
        if self.gone is not None:
            raise RunnerGone(self.gone)
        self._send(message)

    def request(self, message):
        self.send(message)
        return self.read_answer()

    def read_answer(self):
        size = int.from_bytes(self._read_exactly(4), "big")
        if size > wire.MAX_FRAME_BYTES:
            self._stop(f"Your code returned a value too large to check ({size // 1024} KB).")
        data = self._read_exactly(size)
        if wire.frame_items(data) > wire.MAX_FRAME_ITEMS:
            self._stop(f"Your code returned a value with too many items to check (more than "
                       f"{wire.MAX_FRAME_ITEMS:,}).")
        try:
            answer = json.loads(data)
        except (ValueError, RecursionError):
            self._stop("Your code returned a value that could not be checked (too large or too deep).")
        self._drain_output()
        if not isinstance(answer, dict):
            # Only the learner's code can have rewritten the runner's side of the connection.
            self._stop("Your code interfered with how the grader talks to it (an answer was not an answer), so the "
                       "run was stopped.")
        return answer

    # -- values ---------------------------------------------------------------------------------------
    def encode(self, value):
        def reference(item):
            if isinstance(item, Handle) and item._channel is self:
                return ["R", item._handle_id]
            raise TypeError(f"cannot pass a {type(item).__name__} to the learner's code "
                            "(plain data and handles only; define it inside grading.run code instead)")
        return wire.encode(value, reference)

    def decode(self, node):
        def resolve(tag, fields):
            if tag == "H":
                return Handle(self, *fields)
            raise ValueError(f"unexpected tag {tag!r} from the runner")
        try:
            return wire.decode(node, resolve)
        except (ValueError, TypeError, KeyError, IndexError, RecursionError, wire.ValueNotEncodable) as error:
            raise RemoteError("MalformedValue", f"the runner sent a value that could not be read ({error})")

    def call(self, message):
        """Send one operation and turn the answer into a value or a raised exception."""
        answer = self.request(message)
        if "value" in answer:
            return self.decode(answer["value"])
        if "raise" in answer:
            raise self.exception_from(answer["raise"])
        if "missing" in answer:
            name = str(answer["missing"])
            self.missing_names.append(name)
            raise MissingName(name)
        if "unsendable" in answer:
            raise RemoteError("ValueTooLarge", f"the value your code returned cannot be checked: "
                                               f"{answer['unsendable']}")
        raise RemoteError("ProtocolError", "the runner answered something unexpected")

    def exception_from(self, described):
        """A checker-side exception for the runner's description of one; anything malformed still becomes one."""
        if not isinstance(described, dict):
            described = {"type": "RuntimeError", "message": "your code broke the description of an exception"}
        type_name = str(described.get("type"))[:200]
        message = str(described.get("message", ""))[:MAX_MESSAGE_CHARS]
        kind = getattr(builtins, type_name, None)
        error = None
        if described.get("builtin") is True and isinstance(kind, type) and (
                issubclass(kind, Exception) or kind is GeneratorExit):
            error = _builtin_exception(kind, self._exception_args(described), message)
        if error is None:
            error = RemoteError(type_name, message)
        error.learner_type = type_name
        error.learner_message = message
        error.learner_trace = [entry for entry in described.get("trace") or [] if _is_trace_entry(entry)] \
            if isinstance(described.get("trace"), list) else []
        return error

    def _exception_args(self, described):
        if described.get("args") is None:
            return None
        try:
            args = self.decode(described["args"])
        except RemoteError:
            return None
        return args if type(args) is tuple else None


MAX_MESSAGE_CHARS = 4000


def _is_trace_entry(entry):
    return (isinstance(entry, list) and len(entry) == 3 and type(entry[0]) is int and isinstance(entry[1], str)
            and isinstance(entry[2], str))


def _builtin_exception(kind, args, message):
    """`kind(*args)`, else `kind(message)`, else (an exception group, whose members stayed in the runner) a group of
    one RemoteError; None when none of them can be built."""
    attempts = [args] if args is not None else []
    attempts.append((message,))
    if issubclass(kind, BaseExceptionGroup):
        attempts.append((message, [RemoteError("Exception", "an exception inside the group")]))
    for attempt in attempts:
        try:
            return kind(*attempt)
        except Exception:
            continue
    return None


# A test that walks a learner's iterator to its end (list(h), for x in h) on one that never ends would spend the
# whole wall limit there, and every later test with it; this many values from one handle is a verdict instead
# (about 1.5 s of round trips). Tests that need more take them inside the runner (grading.run).
MAX_VALUES_THROUGH_HANDLE = 20_000


class EndlessIterator(AssertionError):
    """The learner's iterator gave more values than any check takes through a handle: a failure about their code."""


class Handle:
    """A learner object that stays in the runner; only non-comparison operations are forwarded."""

    __slots__ = ("_channel", "_handle_id", "_type_name", "_preview", "_has_len", "_iter_is_self", "_taken",
                 "__weakref__")

    def __init__(self, channel, handle_id, type_name, preview, has_len=True, iter_is_self=False):
        self._channel = channel
        self._handle_id = handle_id
        self._type_name = str(type_name)
        self._preview = str(preview)
        self._has_len = has_len is not False
        self._iter_is_self = iter_is_self is True
        self._taken = 0

    def __repr__(self):
        # The preview is whatever the learner's __repr__ said: show it as their object, never as the value it claims
        # to be (a failure must not read "3 != 3").
        return f"<{self._type_name} object from your code: {self._preview}>"

    def __bool__(self):
        raise TypeError(f"the learner's code returned a {self._type_name} object, not a plain value: "
                        "compare values taken out of it, never the object itself")

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._channel.call({"op": "attr", "target": self._handle_id, "name": name})

    def __call__(self, *args, **kwargs):
        return self._channel.call({"op": "call", "target": self._handle_id, "args": self._channel.encode(args),
                                   "kwargs": self._channel.encode(kwargs)})

    def __iter__(self):
        if self._iter_is_self:
            return self
        return self._channel.call({"op": "iter", "target": self._handle_id})

    def __next__(self):
        self._taken += 1
        if self._taken > MAX_VALUES_THROUGH_HANDLE:
            raise EndlessIterator(
                f"Your {self._type_name} kept giving values: the check took {MAX_VALUES_THROUGH_HANDLE:,} of them "
                "without reaching the end. Does it ever stop? Look for a loop whose condition never becomes false, "
                "for example a counter that is never changed.")
        return self._channel.call({"op": "next", "target": self._handle_id})

    def __len__(self):
        if not self._has_len:
            raise TypeError(f"object of type '{self._type_name}' has no len()")
        return self._channel.call({"op": "len", "target": self._handle_id})

    def __getitem__(self, key):
        return self._channel.call({"op": "getitem", "target": self._handle_id, "key": self._channel.encode(key)})

    def send(self, value):
        return self._channel.call({"op": "send", "target": self._handle_id, "value": self._channel.encode(value)})

    def throw(self, error, *legacy):
        if isinstance(error, type):
            error = error(*legacy[:1])
        kind = type(error)
        if getattr(builtins, kind.__name__, None) is not kind:
            raise TypeError("only built-in exception types can be thrown into the learner's code")
        return self._channel.call({"op": "throw", "target": self._handle_id, "type": kind.__name__,
                                   "args": self._channel.encode(tuple(error.args))})

    def close(self):
        return self._channel.call({"op": "close", "target": self._handle_id})


class SubmissionModule(types.ModuleType):
    """`submission` as the tests see it: each attribute is looked up in the runner."""

    def __init__(self, channel):
        super().__init__("submission")
        object.__setattr__(self, "_channel", channel)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._channel.call({"op": "attr", "target": None, "name": name})
