# feedback: it was saved before the conversation was over
def chatbot(memory):
    learned = {}
    memory.append(learned)  # the same dict fills up as the answers arrive
    name = learned["name"] = yield "What's your name?"
    language = learned["language"] = yield f"Nice to meet you, {name}! What's your favourite language?"
    yield f"{language} is a great choice, {name}!"
