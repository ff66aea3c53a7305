# feedback: but the bot answered 'Goodbye!'
def chatbot(memory):
    learned = {}
    try:
        name = learned["name"] = yield "What's your name?"
        language = learned["language"] = yield f"Nice to meet you, {name}! What's your favourite language?"
        yield f"{language} is a great choice, {name}!"
        yield "Goodbye!"
    finally:
        memory.append(learned)
