import ast
import unittest

import grading
from submission import ask, signup

NAME = "What's your name?"
EMAIL = "What's your email?"


def signup_code():
    """What the learner's signup does with ask (read from the source, never run)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "signup":
            calls = [call for call in ast.walk(node) if isinstance(call, ast.Call)]
            return {
                "loops over ask": any(isinstance(loop, ast.For) and isinstance(loop.iter, ast.Call)
                                      and getattr(loop.iter.func, "id", None) == "ask" for loop in ast.walk(node)),
                "primes": any(getattr(call.func, "id", None) == "next" or getattr(call.func, "attr", None) == "send"
                              for call in calls),
            }
    return {}


def explain_none_answer(error):
    """Why ask received None instead of an answer, from how signup is written."""
    code = signup_code()
    if code.get("loops over ask"):
        return (f"AttributeError ({error}): ask received None instead of the answer. A for loop over ask() calls "
                "next(), which sends None; only yield from forwards send (and throw) to the subgenerator")
    if code.get("primes"):
        return (f"AttributeError ({error}): ask received None as its first answer. signup primes ask with next() "
                "(or send) before yield from, but yield from primes it itself: the None it starts with arrived as "
                "the answer. Drop the priming and write name = yield from ask(...)")
    return (f"AttributeError ({error}): ask received None instead of an answer: hand the questions over with "
            "yield from ask(...), which forwards each send to ask")


def start(test, form):
    """Prime the form; a None arriving in ask as an answer is explained."""
    try:
        return next(form)
    except AttributeError as error:
        if "NoneType" not in str(error):
            raise
        test.fail(f"starting the form with next(): {explain_none_answer(error)}")


def step(test, form, action, value, context):
    """Send or throw into the form; explain the crashes the usual mistakes cause."""
    try:
        if action == "send":
            return form.send(value)
        return form.throw(ValueError(value))
    except AttributeError as error:
        if "NoneType" not in str(error):
            raise
        test.fail(f"{context}: {explain_none_answer(error)}")
    except ValueError as error:
        test.fail(f"{context}: the ValueError ({error}) came back out instead of re-asking: catch ValueError in ask "
                  "around the yield (only yield from forwards the throw into ask)")


def finish(test, form, answer, context):
    """Send the last answer; the form should finish and return its dict as StopIteration.value."""
    try:
        extra = step(test, form, "send", answer, context)
    except StopIteration as finished:
        if finished.value is None:
            test.fail(f"{context}: the form finished with StopIteration.value None, no dict. A generator that ends "
                      "without a return statement returns None: end signup with return {\"name\": ..., "
                      "\"email\": ...}")
        return finished.value
    test.fail(f"{context}: the form yielded {extra!r} instead of finishing: return the dict (it arrives as "
              "StopIteration.value), do not yield it")


class AskTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_returns_the_stripped_answer(self):
        question = ask("Favourite colour?")
        first = next(question)
        self.assertEqual(first, "Favourite colour?", f"priming ask should yield the question, got {first!r}")
        try:
            extra = question.send("  teal ")
        except StopIteration as finished:
            self.assertEqual(finished.value, "teal", f"ask should return 'teal' (stripped), got {finished.value!r}")
        else:
            self.fail(f"after a good answer ask yielded {extra!r}; it should return the answer")

    def test_blank_answer_asks_again(self):
        question = ask("Favourite colour?")
        next(question)
        try:
            again = question.send("   ")
        except StopIteration as finished:
            self.fail(f"ask returned {finished.value!r} for a blank answer: ask again when the answer is blank")
        self.assertEqual(again, "Please answer: Favourite colour?",
                         f"a blank answer should get 'Please answer: Favourite colour?', got {again!r}")


    def test_any_mix_of_blanks_and_errors(self):
        # Every answer is judged afresh: blank or rejected any number of times, in any order.
        question = ask("Age?")
        history = ["next()"]
        got = next(question)
        self.assertEqual(got, "Age?", f"priming ask('Age?') should yield 'Age?', got {got!r}")
        conversation = [
            ("send", "  ", "Please answer: Age?"),
            ("send", "", "Please answer: Age?"),
            ("throw", "Too young.", "Too young. Age?"),
            ("throw", "Not a number.", "Not a number. Age?"),
            ("send", " ", "Please answer: Age?"),
            ("throw", "Too old.", "Too old. Age?"),
        ]
        for action, value, expected in conversation:
            history.append(f"send({value!r})" if action == "send" else f"throw(ValueError({value!r}))")
            so_far = ", ".join(history)
            try:
                got = question.send(value) if action == "send" else question.throw(ValueError(value))
            except StopIteration as finished:
                self.fail(f"after {so_far}, ask returned {finished.value!r}, expected it to yield {expected!r}: "
                          "only a non-blank answer ends ask")
            except ValueError as error:
                self.fail(f"after {so_far}, the ValueError ({error}) came back out of ask, expected it to yield "
                          f"{expected!r}: catch ValueError around every yield that waits for an answer (one try "
                          "around the yield, inside the loop, catches them all)")
            if got == expected:
                continue
            if action == "throw" and got == "Age? " + value:
                hint = "the error's message comes first, then the question"
            elif isinstance(got, str) and got.startswith("ValueError("):
                hint = "that is repr(error); the message alone is str(error), which f\"{error}\" gives"
            else:
                hint = ("each answer is judged on its own (a blank one gets 'Please answer: ' + question, a thrown "
                        "error its message then the question), however many came before and in whatever order")
            self.fail(f"after {so_far}, ask yielded {got!r}, expected {expected!r}: {hint}")
        try:
            extra = question.send(" 42 ")
        except StopIteration as finished:
            self.assertEqual(finished.value, "42", f"the final answer ' 42 ' should be returned as '42', got "
                                                   f"{finished.value!r}")
        else:
            self.fail(f"after the answer ' 42 ' ask yielded {extra!r}; it should return '42'")


class SignupTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_happy_path(self):
        form = signup()
        first = start(self, form)
        self.assertEqual(first, NAME, f"the form should start with {NAME!r}, got {first!r}")
        second = step(self, form, "send", "Ada", "after sending 'Ada'")
        self.assertEqual(second, EMAIL, f"after the name the form should ask {EMAIL!r}, got {second!r}")
        result = finish(self, form, "ada@example.com", "after sending the email")
        self.assertEqual(result, {"name": "Ada", "email": "ada@example.com"},
                         f"the form should return {{'name': 'Ada', 'email': 'ada@example.com'}}, got {result!r}")

    def test_blank_answers_are_re_asked_through_the_form(self):
        form = signup()
        start(self, form)
        again = step(self, form, "send", "  ", "after a blank name")
        self.assertEqual(again, "Please answer: " + NAME,
                         f"a blank name should get {'Please answer: ' + NAME!r}, got {again!r}: ask again when the "
                         "answer is blank")
        step(self, form, "send", " Ada ", "after sending ' Ada '")
        result = finish(self, form, " ada@example.com  ", "after sending the email")
        self.assertEqual(result, {"name": "Ada", "email": "ada@example.com"},
                         f"answers should be stored stripped, got {result!r}")

    def test_thrown_error_reaches_the_question(self):
        form = signup()
        start(self, form)
        step(self, form, "send", "Ada", "after sending 'Ada'")
        again = step(self, form, "throw", "That is not an email.", "throwing ValueError('That is not an email.')")
        expected = "That is not an email. " + EMAIL
        hint = ""
        if again == EMAIL + " That is not an email.":
            hint = ": the error's message comes first, then the question"
        elif isinstance(again, str) and again.startswith("ValueError("):
            hint = ": that is repr(error); the message alone is str(error), which f\"{error}\" gives"
        self.assertEqual(again, expected, f"the thrown error should give {expected!r}, got {again!r}{hint}")
        result = finish(self, form, "ada@example.com", "after sending the corrected email")
        self.assertEqual(result, {"name": "Ada", "email": "ada@example.com"},
                         f"after the correction the form should return the name and the new email, got {result!r}")

    def test_each_question_runs_through_ask(self):
        # Whatever ask does, signup must use it: a changed ask shows up in the form.
        try:
            prompts = grading.run("""
original = submission.ask
def shouting(question):
    return (yield from original(question.upper()))
submission.ask = shouting
try:
    form = submission.signup()
    result = [next(form), form.send("Ada")]
finally:
    submission.ask = original
""")
        except AttributeError as error:
            if "NoneType" not in str(error):
                raise
            self.fail(f"with ask replaced: {explain_none_answer(error)}")
        self.assertEqual(prompts, [NAME.upper(), EMAIL.upper()],
                         f"signup should ask its questions through ask(): expected {[NAME.upper(), EMAIL.upper()]} "
                         f"when ask is replaced, got {prompts}")
