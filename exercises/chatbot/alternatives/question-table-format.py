QUESTIONS = [("name", "What's your name?"),
             ("language", "Nice to meet you, {name}! What's your favourite language?")]


def chatbot(memory):
    learned = {}
    saved = False
    try:
        for key, question in QUESTIONS:
            learned[key] = yield question.format(**learned)
        yield "{language} is a great choice, {name}!".format(**learned)
    except GeneratorExit:
        memory.append(learned)
        saved = True
        raise
    finally:
        if not saved:
            memory.append(learned)
