# feedback: the answers it never received were never assigned
def chatbot(memory):
    try:
        name = yield "What's your name?"
        language = yield f"Nice to meet you, {name}! What's your favourite language?"
        yield f"{language} is a great choice, {name}!"
    finally:
        memory.append({"name": name, "language": language})
