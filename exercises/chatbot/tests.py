import ast
import unittest

import grading

# Runs in the runner, where memory is a real list that the chatbot appends to.
CONVERSATION = """
def converse(replies, then):
    memory = []
    bot = submission.chatbot(memory)
    lines = [next(bot)]
    for reply in replies:
        lines.append(bot.send(reply))
    during = [dict(saved) if isinstance(saved, dict) else saved for saved in memory]
    ended = extra = None
    if then == "close":
        bot.close()
    elif then == "send":
        try:
            extra = bot.send("anything else?")
            ended = False
        except StopIteration:
            ended = True
    return {"lines": lines, "memory": list(memory), "during": during, "ended": ended, "extra": extra}
"""

GREETING = "What's your name?"


def chatbot_node():
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "chatbot":
            return node
    return None


def has_finally():
    """Whether the learner's chatbot has a try/finally (read from the source, never run)."""
    node = chatbot_node()
    return node is not None and any(isinstance(inner, ast.Try) and inner.finalbody for inner in ast.walk(node))


def caught_names():
    """The exception names the learner's chatbot catches ('' for a bare except), read from the source."""
    node = chatbot_node()
    names = set()
    for handler in ast.walk(node) if node is not None else ():
        if isinstance(handler, ast.ExceptHandler):
            kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            names.update(getattr(kind, "id", "") if kind is not None else "" for kind in kinds)
    return names


def rebinds_memory():
    """Whether the learner's chatbot assigns a new list to the name memory (memory = ...), read from the source."""
    node = chatbot_node()
    return node is not None and any(
        isinstance(inner, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "memory" for t in inner.targets)
        for inner in ast.walk(node))


def extends_memory():
    """Whether the learner's chatbot calls memory.extend(...), read from the source."""
    node = chatbot_node()
    return node is not None and any(
        isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "extend"
        and getattr(call.func.value, "id", None) == "memory" for call in ast.walk(node))


def explain_memory(memory, expected, situation):
    """Why memory is not [expected] after the conversation, named from what memory holds and the source."""
    caught = caught_names()
    if extends_memory() and all(isinstance(item, str) for item in memory):
        return (f"{situation} memory should be [{expected}], it is {memory}: memory.extend(a_dict) adds the dict's "
                "keys one by one (and nothing at all for an empty dict). Add the dict itself as one item: "
                "memory.append(learned)")
    if not memory and rebinds_memory():
        return (f"{situation} nothing was saved in the list the bot was given: memory = ... (such as memory = memory "
                "+ [learned]) makes a new list and only renames it inside chatbot, while the caller keeps the old, "
                "empty one. Change the list itself: memory.append(learned)")
    if not memory:
        if has_finally():
            return (f"{situation} nothing was saved, although chatbot has a finally block: put the saving in it, and "
                    "make sure the try it belongs to contains every yield")
        if "Exception" in caught and not caught & {"GeneratorExit", "BaseException", ""}:
            return (f"{situation} nothing was saved: close() raises GeneratorExit, and except Exception does not "
                    "catch it (GeneratorExit derives from BaseException, so that except Exception lets it "
                    "through); save in a finally block, which runs however the generator ends")
        return (f"{situation} nothing was saved: close() raises GeneratorExit at the paused yield, so code after it "
                "never runs; put the saving in a finally block")
    if len(memory) > 1:
        if not has_finally() and "GeneratorExit" in caught:
            return (f"{situation} the bot saved {len(memory)} times ({memory}): save exactly once. An except "
                    "GeneratorExit block that saves and then neither re-raises nor returns lets the generator go on "
                    "after the try, where it saves again: end that block with raise, or save in one finally block")
        return (f"{situation} the bot saved {len(memory)} times ({memory}): save exactly once (a finally block also "
                "runs when the conversation ends normally, so do not save anywhere else)")
    saved = memory[0]
    if not isinstance(saved, dict):
        return (f"{situation} memory should hold one dict, [{expected}], but it holds a {type(saved).__name__}: "
                f"{memory}. Save a dict with the keys 'name' and 'language'")
    unheard = [key for key, value in saved.items() if key not in expected and value is None]
    if unheard and {key: value for key, value in saved.items() if key not in unheard} == expected:
        return (f"{situation} memory should be [{expected}], it is {memory}: the bot never heard a {unheard[0]}, so "
                f"that key should not be there at all (not even as None). Add each key when its answer arrives")
    if set(expected) - set(saved):
        return f"{situation} memory should be [{expected}], it is {memory}: store each answer as soon as it arrives"
    return f"{situation} memory should be [{expected}], it is {memory}: check the keys and the values you save"


def converse(test, replies, then=None):
    """Hold a conversation in the runner; explain the RuntimeError that yielding after close() causes."""
    try:
        return grading.run(CONVERSATION + f"result = converse({replies!r}, {then!r})")
    except UnboundLocalError as error:
        if then != "close":
            raise
        test.fail(f"closing the bot after {len(replies)} answer(s) raised UnboundLocalError ({error}): when the "
                  "conversation is cut short, the answers it never received were never assigned, so the saving code "
                  "cannot read them. Start with an empty dict before the try and add each answer to it as it "
                  "arrives, then save that dict")
    except RuntimeError as error:
        if "GeneratorExit" in str(error):
            test.fail(f"close() raised RuntimeError: generator ignored GeneratorExit. The chatbot yielded again "
                      "after close(); a generator that receives GeneratorExit must finish, not yield. Do the "
                      "saving in a finally block and let the function end")
        raise


class ChatbotConversationTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_is_a_generator(self):
        kind = grading.run("result = type(submission.chatbot([])).__name__")
        self.assertEqual(kind, "generator", f"chatbot(memory) should return a generator, got a {kind}")

    def test_asks_for_a_name(self):
        lines = converse(self, [])["lines"]
        self.assertEqual(lines[0], GREETING, f"priming should give {GREETING!r}, got {lines[0]!r}")

    def test_greets_by_name(self):
        lines = converse(self, ["Ada"])["lines"]
        expected = "Nice to meet you, Ada! What's your favourite language?"
        hint = (" (the name sent in never arrived: store the value of the yield expression, "
                "name = yield \"What's your name?\")") if "None" in str(lines[1]) else ""
        self.assertEqual(lines[1], expected, f"after send('Ada') expected {expected!r}, got {lines[1]!r}{hint}")

    def test_answers_the_language(self):
        lines = converse(self, ["Ada", "Python"])["lines"]
        expected = "Python is a great choice, Ada!"
        self.assertEqual(lines[2], expected, f"after send('Python') expected {expected!r}, got {lines[2]!r}")

    def test_next_send_ends_and_saves(self):
        outcome = converse(self, ["Ada", "Python"], then="send")
        self.assertTrue(outcome["ended"], "after the last line, the next send should end the conversation "
                                          "(the generator finishes, so send raises StopIteration), but the bot "
                                          f"answered {outcome['extra']!r}: after the third line, let the function "
                                          "end")
        expected = {"name": "Ada", "language": "Python"}
        if not outcome["memory"] and not has_finally():
            self.fail("after a conversation that ended normally nothing was saved: save also when the conversation "
                      "ends normally, not only on close (a finally block covers both)")
        self.assertEqual(outcome["memory"], [expected],
                         explain_memory(outcome["memory"], expected, "after a conversation that ended normally,"))

    def test_saves_nothing_while_the_conversation_goes_on(self):
        outcome = converse(self, ["Ada", "Python"])
        hint = (" (the chatbot has a finally block: a finally runs as soon as its try block is left, so check that "
                "the try contains every yield, the last line's too, and that nothing else saves)"
                if outcome["during"] and has_finally() else "")
        self.assertEqual(outcome["during"], [],
                         f"memory was {outcome['during']} while the conversation was still going: it was saved before "
                         f"the conversation was over. Save once, when it ends (or is closed){hint}")


class ChatbotCloseTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_close_halfway_saves_the_name(self):
        outcome = converse(self, ["Grace"], then="close")
        self.assertEqual(outcome["memory"], [{"name": "Grace"}],
                         explain_memory(outcome["memory"], {"name": "Grace"}, "after closing once the name was known,"))

    def test_close_after_the_last_line_saves_once(self):
        outcome = converse(self, ["Ada", "Python"], then="close")
        expected = {"name": "Ada", "language": "Python"}
        self.assertEqual(outcome["memory"], [expected],
                         explain_memory(outcome["memory"], expected, "after closing at the last line,"))

    def test_close_before_any_answer_saves_an_empty_dict(self):
        outcome = converse(self, [], then="close")
        self.assertEqual(outcome["memory"], [{}],
                         explain_memory(outcome["memory"], {}, "after closing right after the greeting,"))
