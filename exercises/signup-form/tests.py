import unittest

import grading
from submission import ask, signup

NAME = "What's your name?"
EMAIL = "What's your email?"


def step(test, form, action, value, context):
    """Send or throw into the form; explain the crashes the usual mistakes cause."""
    try:
        if action == "send":
            return form.send(value)
        return form.throw(ValueError(value))
    except AttributeError as error:
        test.fail(f"{context}: AttributeError ({error}). ask received None instead of the answer: a for loop over "
                  "ask() calls next(); only yield from forwards send (and throw) to the subgenerator")
    except ValueError as error:
        test.fail(f"{context}: the ValueError ({error}) came back out instead of re-asking: catch ValueError in ask "
                  "around the yield (only yield from forwards the throw into ask)")


def finish(test, form, answer, context):
    """Send the last answer; the form should finish and return its dict as StopIteration.value."""
    try:
        extra = step(test, form, "send", answer, context)
    except StopIteration as finished:
        return finished.value
    test.fail(f"{context}: the form yielded {extra!r} instead of finishing: return the dict (it arrives as "
              "StopIteration.value), do not yield it")


class AskTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_returns_the_stripped_answer(self):
        question = ask("Favourite colour?")
        self.assertEqual(next(question), "Favourite colour?", "priming ask should yield the question")
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


class SignupTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_happy_path(self):
        form = signup()
        self.assertEqual(next(form), NAME, f"the form should start with {NAME!r}")
        second = step(self, form, "send", "Ada", "after sending 'Ada'")
        self.assertEqual(second, EMAIL, f"after the name the form should ask {EMAIL!r}, got {second!r}")
        result = finish(self, form, "ada@example.com", "after sending the email")
        self.assertEqual(result, {"name": "Ada", "email": "ada@example.com"},
                         f"the form should return {{'name': 'Ada', 'email': 'ada@example.com'}}, got {result!r}")

    def test_blank_answers_are_re_asked_through_the_form(self):
        form = signup()
        next(form)
        again = step(self, form, "send", "  ", "after a blank name")
        self.assertEqual(again, "Please answer: " + NAME,
                         f"a blank name should get {'Please answer: ' + NAME!r}, got {again!r}: ask again when the "
                         "answer is blank")
        step(self, form, "send", " Ada ", "after sending ' Ada '")
        result = finish(self, form, "ada@example.com", "after sending the email")
        self.assertEqual(result, {"name": "Ada", "email": "ada@example.com"},
                         f"answers should be stored stripped, got {result!r}")

    def test_thrown_error_reaches_the_question(self):
        form = signup()
        next(form)
        step(self, form, "send", "Ada", "after sending 'Ada'")
        again = step(self, form, "throw", "That is not an email.", "throwing ValueError('That is not an email.')")
        expected = "That is not an email. " + EMAIL
        self.assertEqual(again, expected, f"the thrown error should give {expected!r}, got {again!r}")
        result = finish(self, form, "ada@example.com", "after sending the corrected email")
        self.assertEqual(result, {"name": "Ada", "email": "ada@example.com"},
                         f"after the correction the form should return the name and the new email, got {result!r}")

    def test_each_question_runs_through_ask(self):
        # Whatever ask does, signup must use it: a changed ask shows up in the form.
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
        self.assertEqual(prompts, [NAME.upper(), EMAIL.upper()],
                         f"signup should ask its questions through ask(): expected {[NAME.upper(), EMAIL.upper()]} "
                         f"when ask is replaced, got {prompts}")
