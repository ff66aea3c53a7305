import unittest

import grading
from submission import echo, primed_echo

MESSAGES = ["hello", 42, [1, 2], None, "bye"]


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
        for message in MESSAGES:
            try:
                answer = coroutine.send(message)
            except StopIteration:
                sentinel = " (None is a message like any other, not a signal to stop)" if message is None else ""
                self.fail(f"echo finished when {message!r} was sent{sentinel}: keep going forever (loop with "
                          "while True)")
            self.assertEqual(answer, message,
                             f"send({message!r}) should return {message!r}, got {answer!r}: every send should "
                             "return the value just sent")

    def test_echoes_are_independent(self):
        first, second = echo(), echo()
        next(first)
        next(second)
        first.send("one")
        answer = second.send("two")
        self.assertEqual(answer, "two", f"a second echo should answer 'two', got {answer!r}")


def ready_echo(test):
    coroutine = primed_echo()
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
            self.fail(f"send() on the result of primed_echo() raised TypeError ({error}): prime it with next() "
                      "before returning it")
        except StopIteration:
            self.fail("the echo finished after its first message: keep going forever (loop with while True)")
        self.assertEqual(answer, "ready?", f"send('ready?') should return 'ready?', got {answer!r}")

    def test_keeps_echoing(self):
        coroutine = ready_echo(self)
        try:
            answers = [coroutine.send(message) for message in MESSAGES]
        except TypeError as error:
            self.fail(f"send() raised TypeError ({error}): prime it with next() before returning it")
        except StopIteration:
            self.fail("the echo stopped answering: keep going forever (loop with while True)")
        self.assertEqual(answers, MESSAGES,
                         f"sending {MESSAGES} should give them back, got {answers}: every send should return "
                         "the value just sent")
