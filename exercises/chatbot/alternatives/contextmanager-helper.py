from contextlib import contextmanager


@contextmanager
def saved_into(memory):
    learned = {}
    try:
        yield learned
    finally:
        memory.append(learned)


def chatbot(memory):
    with saved_into(memory) as learned:
        name = yield "What's your name?"
        learned["name"] = name
        language = yield "Nice to meet you, " + name + "! What's your favourite language?"
        learned["language"] = language
        yield language + " is a great choice, " + name + "!"
