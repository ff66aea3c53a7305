import ast
import unittest

import grading

SETUP = """
import socket
log = []

def pair():
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    return a, b

def writer(sock, pieces):
    for piece in pieces:
        yield ("write", sock)
        sock.send(piece)
        log.append("sent")
    return len(pieces)

def reader(sock, size):
    data = b""
    while len(data) < size:
        yield ("read", sock)
        try:
            chunk = sock.recv(4096)
        except BlockingIOError:
            log.append("resumed before its socket was ready")
            raise
        data += chunk
    return data

import signal

class Stuck(Exception):
    pass

def stuck(signum, frame):
    raise Stuck()

def run(tasks):
    # A loop that selects with nothing left to wait for blocks forever: a 1-second alarm turns that into a message.
    previous = signal.signal(signal.SIGALRM, stuck)
    signal.setitimer(signal.ITIMER_REAL, 1)
    try:
        value = submission.run_selector_loop(tasks)
        import inspect
        unfinished = sum(1 for task in tasks if inspect.getgeneratorstate(task) != "GEN_CLOSED")
        return {"value": value, "log": log, "unfinished": unfinished}
    except Stuck:
        return {"stuck": True, "log": log}
    except Exception as error:
        return {"error": type(error).__name__ + ": " + str(error), "log": log}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
"""

READER_AND_WRITER = SETUP + """
a, b = pair()
result = run([reader(b, 6), writer(a, [b"ab", b"cd", b"ef"])])
a.close(); b.close()
"""

ECHO = SETUP + """
a, b = pair()

def server(sock, rounds):
    for _ in range(rounds):
        yield ("read", sock)
        line = sock.recv(4096)
        yield ("write", sock)
        sock.send(line.upper())
    return None

def client(sock, words):
    answers = []
    for word in words:
        yield ("write", sock)
        sock.send(word)
        yield ("read", sock)
        answers.append(sock.recv(4096))
    return answers

result = run([server(b, 3), client(a, [b"tulip", b"twisted", b"tornado"])])
a.close(); b.close()
"""

MANY = SETUP + """
pairs = [pair() for _ in range(3)]

def finished_at_once(value):
    return value
    yield

tasks = [reader(pairs[0][1], 4), finished_at_once(0), reader(pairs[1][1], 2), writer(pairs[1][0], [b"x", b"y"]),
         finished_at_once(None), writer(pairs[0][0], [b"12", b"34"]), reader(pairs[2][1], 1),
         writer(pairs[2][0], [b"!"])]
result = run(tasks)
for a, b in pairs:
    a.close(); b.close()
"""

NONE = SETUP + """
result = run([])
"""


class SelectorLoopTest(unittest.TestCase):
    longMessage = False

    def run_loop(self, code, what):
        got = grading.run(code)
        if got.get("stuck"):
            self.fail(f"{what}: run_selector_loop was still waiting after 1 second with every task finished or "
                      "waiting for nothing: select() with no socket left to watch waits forever. Stop when every "
                      "task has finished: count the tasks still waiting (a task's result may be None, so None in "
                      "the results does not mean it is unfinished).")
        if "error" in got:
            error = got["error"]
            hint = ""
            if "already registered" in error:
                hint = (" A socket can be registered once: unregister it when you resume its task, before the task "
                        "asks for it again.")
            elif "resumed before its socket was ready" in got["log"] or error.startswith("BlockingIOError"):
                hint = (" A task was resumed before its socket was ready. Check that you register each socket for "
                        "the event its task asked for (EVENT_READ for \"read\", EVENT_WRITE for \"write\"), and "
                        "that you resume only the task whose socket select() reported, never every task.")
            self.fail(f"{what}: run_selector_loop raised {error}.{hint}")
        self.unfinished = got.get("unfinished", 0)
        return got["value"]

    def check(self, got, expected, what):
        hint = ""
        if getattr(self, "unfinished", 0) and isinstance(got, list):
            hint = (f" {self.unfinished} of the {len(expected)} tasks had not finished when the loop returned: "
                    "keep selecting while any task waits for a socket (select() reports only the sockets ready at "
                    "that moment, so call it in a loop, and return only once every task has finished).")
        elif isinstance(got, list) and sorted(map(repr, got)) == sorted(map(repr, expected)) and got != expected:
            hint = (" The right values in another order: return them in the order of tasks (store each at its "
                    "task's index), not in the order the tasks finish.")
        elif isinstance(got, list) and len(got) == len(expected) and all(v is None for v in got):
            hint = " Every value is None: a task's return value is the value of its StopIteration."
        elif (isinstance(got, list) and len(got) == len(expected)
              and any(g is None and e is not None for g, e in zip(got, expected))):
            hint = (" Some tasks had not finished when the loop returned: keep selecting while any task waits for "
                    "a socket.")
        elif isinstance(got, list) and sorted(map(repr, got)) == sorted(repr(v) for v in expected if v is not None):
            hint = (" The None results are missing: a task that returns None (or ends without return) still has its "
                    "place in the list, in the order of tasks.")
        elif isinstance(got, list) and len(got) < len(expected):
            hint = (" Some tasks are missing: the loop stopped before every task had finished (keep going while "
                    "any task waits for a socket).")
        self.assertEqual(got, expected, msg=f"{what}: run_selector_loop gave {got!r}, expected {expected!r}.{hint}")

    def test_uses_the_selectors_module(self):
        tree = ast.parse(grading.source())
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        self.assertIn("selectors", imported,
                      msg="the module does not import selectors: wait for the sockets with a selector "
                          "(selectors.DefaultSelector()), as the prompt asks.")

    def test_reader_and_writer(self):
        got = self.run_loop(READER_AND_WRITER, "a reader of 6 bytes and a writer of three pieces")
        self.check(got, [b"abcdef", 3], "a reader of 6 bytes and a writer of three pieces")

    def test_echo_reads_and_writes_one_socket(self):
        got = self.run_loop(ECHO, "an echo server and its client")
        self.check(got, [None, [b"TULIP", b"TWISTED", b"TORNADO"]], "an echo server and its client")

    def test_many_tasks_and_tasks_that_never_wait(self):
        got = self.run_loop(MANY, "eight tasks on three socket pairs")
        self.check(got, [b"1234", 0, b"xy", 2, None, 2, b"!", 1], "eight tasks on three socket pairs")

    def test_no_tasks(self):
        got = self.run_loop(NONE, "no tasks")
        self.assertEqual(got, [], msg=f"run_selector_loop([]) gave {got!r}, expected [].")
