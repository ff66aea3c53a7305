# feedback: makes a new list and only renames it inside chatbot
def chatbot(memory):
    learned = {}
    try:
        name = yield "What's your name?"
        learned["name"] = name
        language = yield f"Nice to meet you, {name}! What's your favourite language?"
        learned["language"] = language
        yield f"{language} is a great choice, {name}!"
    finally:
        memory = memory + [learned]
