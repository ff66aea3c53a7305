def chatbot(memory):
    """Ask for a name and a favourite language; save what was learned in memory, even if closed early."""
    learned = {}
    try:
        name = learned["name"] = yield "What's your name?"
        language = learned["language"] = yield f"Nice to meet you, {name}! What's your favourite language?"
        yield f"{language} is a great choice, {name}!"
    finally:
        memory.append(learned)
