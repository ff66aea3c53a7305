# feedback: check that the try contains every yield
def chatbot(memory):
    learned = {}
    try:
        name = learned["name"] = yield "What's your name?"
        language = learned["language"] = yield f"Nice to meet you, {name}! What's your favourite language?"
    finally:
        memory.append(learned)
    yield f"{language} is a great choice, {name}!"
