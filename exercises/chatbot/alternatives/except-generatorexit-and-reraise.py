def chatbot(memory):
    learned = {}
    try:
        learned["name"] = yield "What's your name?"
        learned["language"] = yield f"Nice to meet you, {learned['name']}! What's your favourite language?"
        yield f"{learned['language']} is a great choice, {learned['name']}!"
    except GeneratorExit:
        memory.append(learned)
        raise  # closing must still finish the generator
    memory.append(learned)
