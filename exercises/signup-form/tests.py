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


def passes_more_than_the_question():
    """Whether the learner's signup calls ask with more than one argument (read from the source, never run)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "signup":
            return any(isinstance(call, ast.Call) and getattr(call.func, "id", None) == "ask"
                       and len(call.args) + len(call.keywords) > 1 for call in ast.walk(node))
    return False


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


def is_generator(value):
    return isinstance(value, grading.Handle) and grading.type_name(value) == "generator"


def not_a_form(form):
    """Why what signup() returned is no generator to talk to ("" when it is one)."""
    if isinstance(form, grading.Handle):
        return ""
    if isinstance(form, dict) and any(is_generator(value) for value in form.values()):
        return (f"signup() returned {form!r} at once, without asking anything: name = ask(...) only creates the "
                "generator, and signup, with no yield in it, ran straight to its end. Write "
                "name = yield from ask(...): yield from runs ask, hands on its questions and gives back its return "
                "value")
    return (f"signup() returned {form!r} at once instead of a generator: signup needs yield from ask(...) for each "
            "question, which makes it a generator that asks them in turn")


RETURNED_A_GENERATOR = (": ask returned a new generator instead of running it. return ask(...) hands back the "
                        "generator object unstarted; write return (yield from ask(...)) so that the new ask runs and "
                        "its answer comes back")
YIELDED_A_GENERATOR = (": signup yielded ask's generator itself instead of its questions. yield hands on one object; "
                       "yield from ask(...) hands on every question ask yields, forwards the answers and gives back "
                       "its return value")


def discards_strip():
    """Whether the learner calls .strip() on a line of its own, throwing the stripped string away (read, never run)."""
    return any(isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
               and getattr(node.value.func, "attr", None) == "strip"
               for node in ast.walk(ast.parse(grading.source())))


STRIP_DISCARDED = (" answer.strip() on a line of its own changes nothing: a string never changes, strip() returns a "
                   "new one. Keep it: answer = answer.strip()")


def error_prompt_hint(got, message, question):
    """Why the prompt after a thrown ValueError(message) is not f"{message} {question}" ("" when nothing shows)."""
    if not isinstance(got, str):
        return ""
    if got == f"{question} {message}":
        return "the error's message comes first, then the question"
    if got.startswith("ValueError("):
        return "that is repr(error); the message alone is str(error), which f\"{error}\" gives"
    if got.startswith("(") and got.endswith(question):
        return ("that is error.args, a tuple of the arguments; the message alone is str(error), which f\"{error}\" "
                "gives")
    if got == message + question:
        return "a space goes between the message and the question"
    return ""


def start(test, form):
    """Prime the form; a None arriving in ask as an answer is explained."""
    problem = not_a_form(form)
    if problem:
        test.fail(problem)
    try:
        first = next(form)
    except AttributeError as error:
        if "NoneType" not in str(error):
            raise
        test.fail(f"starting the form with next(): {explain_none_answer(error)}")
    if is_generator(first):
        test.fail(f"the form should start with {NAME!r}, got {first!r}{YIELDED_A_GENERATOR}")
    return first


def step(test, form, action, value, context, finishing=False):
    """Send or throw into the form; explain the crashes the usual mistakes cause (and an early finish, unless this
    step is the one that should finish it)."""
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
    except StopIteration as finished:
        if finishing:
            raise
        hint = ""
        values = finished.value.values() if isinstance(finished.value, dict) else [finished.value]
        if any(is_generator(value) for value in values):
            hint = RETURNED_A_GENERATOR
        test.fail(f"{context}: the form finished (it returned {finished.value!r}) while it should still be asking"
                  f"{hint or ': only a non-blank answer ends a question'}")


def finish(test, form, answer, context):
    """Send the last answer; the form should finish and return its dict as StopIteration.value."""
    try:
        extra = step(test, form, "send", answer, context, finishing=True)
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
            hint = STRIP_DISCARDED if finished.value == "  teal " and discards_strip() else ""
            self.assertEqual(finished.value, "teal", f"ask should return 'teal' (stripped), got {finished.value!r}."
                                                     f"{hint}")
        else:
            self.fail(f"after a good answer ask yielded {extra!r}; it should return the answer")

    def test_blank_answer_asks_again(self):
        question = ask("Favourite colour?")
        next(question)
        try:
            again = question.send("   ")
        except StopIteration as finished:
            if is_generator(finished.value):
                self.fail(f"ask returned {finished.value!r} for a blank answer{RETURNED_A_GENERATOR}")
            hint = STRIP_DISCARDED if discards_strip() else ""
            self.fail(f"ask returned {finished.value!r} for a blank answer: ask again when the answer is blank.{hint}")
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
                if is_generator(finished.value):
                    self.fail(f"after {so_far}, ask returned {finished.value!r}, expected it to yield {expected!r}"
                              f"{RETURNED_A_GENERATOR}")
                self.fail(f"after {so_far}, ask returned {finished.value!r}, expected it to yield {expected!r}: "
                          "only a non-blank answer ends ask")
            except ValueError as error:
                self.fail(f"after {so_far}, the ValueError ({error}) came back out of ask, expected it to yield "
                          f"{expected!r}: catch ValueError around every yield that waits for an answer (one try "
                          "around the yield, inside the loop, catches them all)")
            if got == expected:
                continue
            hint = error_prompt_hint(got, value, "Age?") if action == "throw" else ""
            replies = ["Age?", "Please answer: Age?"] + [f"{line[1]} Age?" for line in conversation
                                                         if line[0] == "throw"]
            if not hint and got in replies:
                hint = ("each answer is judged on its own (a blank one gets 'Please answer: ' + question, a thrown "
                        "error its message then the question), however many came before and in whatever order")
            elif not hint:
                hint = ("a blank answer gets 'Please answer: ' + question, a thrown error its message, a space, then "
                        "the question")
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
        hint = error_prompt_hint(again, "That is not an email.", EMAIL)
        self.assertEqual(again, expected, f"the thrown error should give {expected!r}, got {again!r}"
                                          f"{': ' + hint if hint else ''}")
        result = finish(self, form, "ada@example.com", "after sending the corrected email")
        self.assertEqual(result, {"name": "Ada", "email": "ada@example.com"},
                         f"after the correction the form should return the name and the new email, got {result!r}")

    def test_each_question_runs_through_ask(self):
        # Whatever ask does, signup must use it: a changed ask shows up in the form.
        try:
            prompts = grading.run("""
original = submission.ask
def shouting(question, *more, **named):
    return (yield from original(question.upper(), *more, **named))
submission.ask = shouting
try:
    form = submission.signup()
    result = [next(form), form.send("Ada")] if hasattr(form, "__next__") else None
finally:
    submission.ask = original
""")
        except AttributeError as error:
            if "NoneType" not in str(error):
                raise
            self.fail(f"with ask replaced: {explain_none_answer(error)}")
        if prompts is None:
            self.fail(not_a_form(signup()) or "signup() should return a generator")
        hint = ""
        if any(is_generator(prompt) for prompt in prompts):
            hint = YIELDED_A_GENERATOR
        elif prompts != [NAME.upper(), EMAIL.upper()] and passes_more_than_the_question():
            hint = (": signup passes ask more than the question. ask(question) takes just the question and builds "
                    "every prompt itself, re-asks included")
        self.assertEqual(prompts, [NAME.upper(), EMAIL.upper()],
                         f"signup should ask its questions through ask(): expected {[NAME.upper(), EMAIL.upper()]} "
                         f"when ask is replaced, got {prompts}{hint}")

    def test_closing_the_form_halfway(self):
        form = signup()
        start(self, form)
        step(self, form, "send", "Ada", "after sending 'Ada'")
        try:
            form.close()
        except RuntimeError as error:
            if "ignored GeneratorExit" not in str(error):
                raise
            self.fail(f"closing the form while it waited for the email raised RuntimeError ({error}): close() "
                      "throws GeneratorExit in at the paused yield, and your code caught it (except GeneratorExit, "
                      "except BaseException or a bare except:) and yielded again. Catch only ValueError, so that "
                      "GeneratorExit passes through and the form stops")
