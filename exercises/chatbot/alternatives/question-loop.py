def chatbot(memory):
    learned = {}
    questions = [
        ("name", lambda: "What's your name?"),
        ("language", lambda: f"Nice to meet you, {learned['name']}! What's your favourite language?"),
    ]
    try:
        for key, ask in questions:
            learned[key] = yield ask()
        yield f"{learned['language']} is a great choice, {learned['name']}!"
    finally:
        memory.append(learned)
