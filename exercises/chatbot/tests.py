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
    ended = None
    if then == "close":
        bot.close()
    elif then == "send":
        try:
            bot.send("anything else?")
            ended = False
        except StopIteration:
            ended = True
    return {"lines": lines, "memory": list(memory), "ended": ended}
"""

GREETING = "What's your name?"


def converse(test, replies, then=None):
    """Hold a conversation in the runner; explain the RuntimeError that yielding after close() causes."""
    try:
        return grading.run(CONVERSATION + f"result = converse({replies!r}, {then!r})")
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
                                          "(the generator finishes, so send raises StopIteration)")
        self.assertEqual(outcome["memory"], [{"name": "Ada", "language": "Python"}],
                         f"a finished conversation should save {{'name': 'Ada', 'language': 'Python'}} once, "
                         f"memory is {outcome['memory']} (save also when the conversation ends normally, not only "
                         "on close)")


class ChatbotCloseTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_close_halfway_saves_the_name(self):
        outcome = converse(self, ["Grace"], then="close")
        self.assertEqual(outcome["memory"], [{"name": "Grace"}],
                         f"closing after the name should save [{{'name': 'Grace'}}], memory is {outcome['memory']}: "
                         "close() raises GeneratorExit at the paused yield, so put the saving in a finally block")

    def test_close_after_the_last_line_saves_once(self):
        outcome = converse(self, ["Ada", "Python"], then="close")
        self.assertEqual(outcome["memory"], [{"name": "Ada", "language": "Python"}],
                         f"closing after the last line should save everything exactly once, memory is "
                         f"{outcome['memory']} (put the saving in a finally block)")

    def test_close_before_any_answer_saves_an_empty_dict(self):
        outcome = converse(self, [], then="close")
        self.assertEqual(outcome["memory"], [{}],
                         f"closing right after the greeting should save an empty dict, memory is "
                         f"{outcome['memory']} (put the saving in a finally block)")
