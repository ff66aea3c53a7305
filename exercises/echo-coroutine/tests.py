import unittest

import grading
from submission import echo, primed_echo

MESSAGES = ["hello", 42, 0, "", [1, 2], None, "bye"]


class EchoTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_is_a_generator(self):
        coroutine = echo()
        self.assertEqual(grading.type_name(coroutine), "generator",
                         f"echo() should return a generator (a function with yield), got a "
                         f"{grading.type_name(coroutine)}")

    def test_priming_returns_none(self):
        first = next(echo())
        self.assertIsNone(first, f"priming with next() should return None (nothing was sent yet), got {first!r}")

    def test_sends_come_straight_back(self):
        coroutine = echo()
        next(coroutine)
        answers = []
        for message in MESSAGES:
            try:
                answers.append(coroutine.send(message))
            except StopIteration:
                sentinel = (f" ({message!r} is a message like any other, not a signal to stop: None, 0 and '' "
                            "must come back too)") if not message else ""
                self.fail(f"echo finished when {message!r} was sent{sentinel}: keep going forever (loop with "
                          "while True)")
        for message, answer in zip(MESSAGES, answers):
            if answer != message:
                lag = (" Each answer was the message sent before it, so the echo is one step behind: yield the "
                       "value you have just received (received = yield received)."
                       if answers == [None] + MESSAGES[:-1] else
                       " Every answer was None: a bare yield (message = yield) hands nothing back; yield the value "
                       "you received, received = yield received, and print it too if you like."
                       if all(a is None for a in answers) else
                       " The falsy messages (0, '') came back as None: a falsy value is a message like any other; "
                       "yield exactly what you received, without `or` or an if in between."
                       if [a for m, a in zip(MESSAGES, answers) if m] == [m for m in MESSAGES if m]
                       and all(a is None for m, a in zip(MESSAGES, answers) if not m) else
                       f" {answer!r} is the text of {message!r}, not the value itself: yield what you received "
                       "as it is, without converting it (no str() or f-string)."
                       if isinstance(answer, str) and not isinstance(message, str) and answer == str(message) else "")
                self.fail(f"send({message!r}) should return {message!r}, got {answer!r}: every send should "
                          f"return the value just sent.{lag} All the answers: {answers!r}")

    def test_echoes_are_independent(self):
        first, second = echo(), echo()
        next(first)
        next(second)
        first.send("one")
        answer = second.send("two")
        self.assertEqual(answer, "two", f"a second echo should answer 'two', got {answer!r}")

    def test_goes_on_forever(self):
        # A thousand sends, made in the runner: a loop with an end (for _ in range(10)) shows up here.
        answered = grading.run("""
coroutine = submission.echo()
next(coroutine)
answered = 0
try:
    for message in range(1000):
        coroutine.send(message)
        answered += 1
except StopIteration:
    pass
except RecursionError:
    answered = "recursion"
result = answered
""")
        if answered == "recursion":
            self.fail("echo should answer every message, forever, but after a few hundred messages Python raised "
                      "RecursionError: echo calls itself (yield from echo(...)) for every message, so each message "
                      "adds one more generator to a chain that only grows. Loop instead: while True: received = "
                      "yield received")
        self.assertEqual(answered, 1000,
                         f"echo should answer every message, forever, but it stopped after {answered} of 1000 "
                         "messages: loop with while True, a loop with an end (such as for ... in range(...)) stops "
                         "the echo")


def unprimed(error):
    """What to say when send() on primed_echo()'s result finds a just-started generator."""
    if grading.kind_of("primed_echo") == "generator function":
        return (f"send() on the result of primed_echo() raised TypeError ({error}): primed_echo contains yield, so it "
                "is a generator function itself, and calling it runs none of its code (the next() inside it never "
                "ran). Make it a plain function: e = echo(); next(e); return e")
    return (f"send() on the result of primed_echo() raised TypeError ({error}): the generator it returned had not "
            "been primed: prime it with next() before returning it, and call next() on the very generator you "
            "return (e = echo(); next(e); return e), since every call of echo() makes a new, unprimed one")


def ready_echo(test):
    try:
        coroutine = primed_echo()
    except TypeError as error:
        if "'function' object is not an iterator" not in str(error):
            raise
        test.fail(f"primed_echo() raised TypeError ({error}): it gave next() the function echo itself. Call it "
                  "first, e = echo(), to get a generator, then prime that generator with next(e) and return it")
    if isinstance(coroutine, grading.Handle) and grading.type_name(coroutine) == "function":
        test.fail("primed_echo() returned a function (echo itself?), not a generator: echo is the recipe, and calling "
                  "it, e = echo(), makes the generator. Prime that generator with next(e) and return it (return e)")
    if not isinstance(coroutine, grading.Handle):
        test.fail(f"primed_echo() returned {coroutine!r}, not the echo: next(e) gives back what the generator "
                  "yielded, so prime it with next(e) and then return the generator itself (return e)")
    return coroutine


class PrimedEchoTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_ready_for_send(self):
        coroutine = ready_echo(self)
        try:
            answer = coroutine.send("ready?")
        except TypeError as error:
            if "just-started" not in str(error):
                raise
            self.fail(unprimed(error))
        except StopIteration:
            self.fail("the echo finished after its first message: keep going forever (loop with while True)")
        self.assertEqual(answer, "ready?", f"send('ready?') should return 'ready?', got {answer!r}")

    def test_makes_a_new_echo_each_time(self):
        ready_echo(self)
        same = grading.run("result = submission.primed_echo() is submission.primed_echo()")
        self.assertFalse(same, "two calls of primed_echo() returned the same echo: every call should create a new "
                               "echo(), prime it and return it, so make the echo inside primed_echo, not once at "
                               "module level")

    def test_keeps_echoing(self):
        coroutine = ready_echo(self)
        try:
            answers = [coroutine.send(message) for message in MESSAGES]
        except TypeError as error:
            if "just-started" not in str(error):
                raise
            self.fail(unprimed(error))
        except StopIteration:
            self.fail("the echo stopped answering: keep going forever (loop with while True)")
        self.assertEqual(answers, MESSAGES,
                         f"sending {MESSAGES} should give them back, got {answers}: every send should return "
                         "the value just sent")
