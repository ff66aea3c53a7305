# feedback: memory should hold one dict
def chatbot(memory):
    learned = []
    try:
        name = yield "What's your name?"
        learned.append(name)
        language = yield f"Nice to meet you, {name}! What's your favourite language?"
        learned.append(language)
        yield f"{language} is a great choice, {name}!"
    finally:
        memory.append(learned)
