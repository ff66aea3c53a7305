def chatbot(memory):
    learned = {}
    try:
        name = yield "What's your name?"
        learned["name"] = name
        language = yield "Nice to meet you, {}! What's your favourite language?".format(name)
        learned["language"] = language
        yield "{} is a great choice, {}!".format(language, name)
    except GeneratorExit:
        print("closed early, saving", learned)
        memory.append(learned)
        return  # returning ends the generator, which is what close() wants
    memory.append(learned)
