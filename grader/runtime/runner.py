"""The untrusted side of grading: runs the learner's code inside the sandbox and answers the checker.

Requests arrive as frames on fd 0, answers leave as frames on fd 3, and whatever the learner's code prints goes
to fds 1 and 2, which the checker drains and files under the test that is running. Nothing here decides a
verdict: the learner's code can rewrite this whole process and only ever controls the values it hands back.
"""

import builtins
import sys

from grader.runtime import wire

_GENERATOR = type(_ for _ in ())
# Py_TPFLAGS_HEAPTYPE: set on every class a `class` statement makes, never on the interpreter's own static types.
_HEAP_TYPE = 1 << 9
# Names of the interpreter's own types that tests compare a handle's type name with (grading.type_name).
_INTERPRETER_TYPE_NAMES = frozenset({
    "generator", "coroutine", "async_generator", "function", "method", "builtin_function_or_method",
    "list_iterator", "tuple_iterator", "range_iterator", "set_iterator", "dict_keyiterator", "NoneType", "module",
})
REQUESTS_FD = 0
ANSWERS_FD = 3
SUBMISSION_FILE = "submission.py"
MAX_MESSAGE = 2000
MAX_PREVIEW = 200


def type_name(kind):
    """The name a handle's type travels under: a class of the learner's named like one of the interpreter's types
    (`class generator:`) is told apart, so a test asking for a real generator cannot be answered by a name alone."""
    name = kind.__name__
    named_like_ours = name in _INTERPRETER_TYPE_NAMES or isinstance(getattr(builtins, name, None), type)
    if kind.__flags__ & _HEAP_TYPE and named_like_ours:
        return f"{name} (a class in your code)"
    return name


class Runner:
    def __init__(self):
        self.objects = {}
        self.module = None
        self.source = ""

    # -- values -------------------------------------------------------------------------------------
    def reference(self, value):
        handle_id = len(self.objects) + 1
        self.objects[handle_id] = value
        try:
            preview = repr(value)[:MAX_PREVIEW]
        except BaseException:
            preview = f"<{type(value).__name__} object>"
        # Whether the type has __len__ travels with the handle, so list() on a handle (which asks for a length
        # hint) costs no round trip for the many objects (generators, iterators) that have none.
        # A generator's iter() is itself (its type cannot say otherwise), so iterating its handle needs no round
        # trip either.
        return ["H", handle_id, type_name(type(value)), preview, hasattr(type(value), "__len__"),
                type(value) is _GENERATOR]

    def resolve(self, tag, fields):
        if tag == "R":
            return self.objects[fields[0]]
        raise ValueError(f"unknown tag {tag!r}")

    def encode(self, value):
        return wire.encode(value, self.reference)

    def decode(self, node):
        return wire.decode(node, self.resolve)

    def describe_exception(self, error):
        kind = type(error)
        name = kind.__name__
        builtin = getattr(builtins, name, None) is kind and (issubclass(kind, Exception) or kind is GeneratorExit)
        try:
            message = str(error)[:MAX_MESSAGE]
        except BaseException:
            message = "(the exception could not be printed)"
        try:
            args = self.encode(error.args) if builtin else None
        except BaseException:
            args = None
        return {"type": name, "builtin": builtin, "message": message, "args": args, "trace": self.learner_trace(error)}

    def learner_trace(self, error):
        """[line, function, source] for each frame of the learner's file (no `traceback`: it imports a lot)."""
        lines = self.source.splitlines()
        frames = []
        trace = error.__traceback__
        while trace is not None:
            code = trace.tb_frame.f_code
            if code.co_filename == SUBMISSION_FILE:
                number = trace.tb_lineno
                text = lines[number - 1].strip() if 0 < number <= len(lines) else ""
                frames.append([number, code.co_name, text[:MAX_PREVIEW]])
            trace = trace.tb_next
        return frames[-8:]

    # -- operations ---------------------------------------------------------------------------------
    def op_load(self, request):
        code = request["code"]
        self.source = code
        try:
            compiled = compile(code, SUBMISSION_FILE, "exec", dont_inherit=True)
        except SyntaxError as error:
            return {"syntax": {"kind": type(error).__name__, "message": error.msg, "line": error.lineno,
                               "column": error.offset, "text": (error.text or "")[:MAX_PREVIEW]}}
        except (ValueError, MemoryError, RecursionError) as error:
            return {"syntax": {"kind": type(error).__name__, "message": str(error)[:MAX_MESSAGE], "line": None,
                               "column": None, "text": ""}}
        module = type(sys)("submission")
        module.__file__ = SUBMISSION_FILE
        sys.modules["submission"] = module
        self.module = module
        exec(compiled, module.__dict__)
        return {"value": None}

    def target(self, request):
        handle_id = request.get("target")
        return self.module if handle_id is None else self.objects[handle_id]

    def arguments(self, request):
        return self.decode(request.get("args", ["T"])), self.decode(request.get("kwargs", ["D"]))

    def op_attr(self, request):
        target = self.target(request)
        name = request["name"]
        if target is self.module and name not in self.module.__dict__:
            return {"missing": name}
        return {"value": self.encode(getattr(target, name))}

    def op_call(self, request):
        args, kwargs = self.arguments(request)
        return {"value": self.encode(self.target(request)(*args, **kwargs))}

    def op_method(self, request):
        args, kwargs = self.arguments(request)
        return {"value": self.encode(getattr(self.target(request), request["name"])(*args, **kwargs))}

    def op_next(self, request):
        return {"value": self.encode(next(self.target(request)))}

    def op_iter(self, request):
        return {"value": self.encode(iter(self.target(request)))}

    def op_len(self, request):
        return {"value": len(self.target(request))}

    def op_getitem(self, request):
        return {"value": self.encode(self.target(request)[self.decode(request["key"])])}

    def op_send(self, request):
        return {"value": self.encode(self.target(request).send(self.decode(request["value"])))}

    def op_throw(self, request):
        kind = getattr(builtins, request["type"], None)
        if not (isinstance(kind, type) and issubclass(kind, BaseException)):
            kind = RuntimeError
        return {"value": self.encode(self.target(request).throw(kind(*self.decode(request["args"]))))}

    def op_close(self, request):
        return {"value": self.encode(self.target(request).close())}

    def namespace(self, request):
        namespace = {"__builtins__": builtins, "__name__": "__grading__", "submission": self.module}
        namespace.update(self.decode(request.get("inputs", ["D"])))
        return namespace

    def op_run(self, request):
        namespace = self.namespace(request)
        exec(compile(request["code"], "<test code>", "exec", dont_inherit=True), namespace)
        return {"value": self.encode(namespace.get("result"))}

    def op_run_async(self, request):
        from grader.runtime import vclock
        observed = vclock.run_body(request["code"], self.namespace(request))
        return {"value": self.encode(observed)}

    # -- loop ---------------------------------------------------------------------------------------
    def answer(self, request):
        operation = getattr(self, "op_" + str(request.get("op")), None)
        if operation is None:
            return {"unsupported": str(request.get("op"))}
        try:
            return operation(request)
        except wire.ValueNotEncodable as error:
            return {"unsendable": str(error)}
        except BaseException as error:
            try:
                return {"raise": self.describe_exception(error)}
            except BaseException:
                return {"raise": {"type": "RuntimeError", "builtin": True, "message": "an exception that could "
                                  "not be described", "args": None, "trace": []}}

    def flush_output(self):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass

    def serve(self):
        wire.write_answer(ANSWERS_FD, {"ready": True})
        while True:
            request = wire.read_request(REQUESTS_FD)
            if request is None:
                return
            reply = self.answer(request)
            self.flush_output()
            try:
                wire.write_answer(ANSWERS_FD, reply)
            except (wire.ValueNotEncodable, ValueError, RecursionError, MemoryError) as error:
                wire.write_answer(ANSWERS_FD, {"unsendable": str(error)[:MAX_MESSAGE]})


def main():
    if "--preload-asyncio" in sys.argv:
        # A prewarmed runner for an asyncio exercise pays the (large) asyncio import before the submission arrives.
        from grader.runtime import vclock  # noqa: F401
    Runner().serve()


if __name__ == "__main__":
    main()
