def ask(question, prompt=None):
    """Re-ask by delegating to a fresh ask with the new prompt."""
    try:
        answer = yield (prompt or question)
    except ValueError as error:
        return (yield from ask(question, f"{error} {question}"))
    if not answer.strip():
        return (yield from ask(question, "Please answer: " + question))
    return answer.strip()


def signup():
    name = yield from ask("What's your name?")
    email = yield from ask("What's your email?")
    return dict(name=name, email=email)
