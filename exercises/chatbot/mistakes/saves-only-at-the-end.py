# feedback: put the saving in a finally block
def chatbot(memory):
    learned = {}
    name = learned["name"] = yield "What's your name?"
    language = learned["language"] = yield f"Nice to meet you, {name}! What's your favourite language?"
    yield f"{language} is a great choice, {name}!"
    memory.append(learned)
