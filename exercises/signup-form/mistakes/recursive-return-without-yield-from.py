# feedback: return (yield from ask(...))
def ask(question, prompt=None):
    try:
        answer = yield prompt or question
    except ValueError as error:
        return ask(question, f"{error} {question}")
    if not answer.strip():
        return ask(question, "Please answer: " + question)
    return answer.strip()


def signup():
    name = yield from ask("What's your name?")
    email = yield from ask("What's your email?")
    return {"name": name, "email": email}

