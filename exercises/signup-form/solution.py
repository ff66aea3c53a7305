def ask(question):
    """Yield question until a non-blank answer is sent; return it stripped. A thrown ValueError asks again."""
    prompt = question
    while True:
        try:
            answer = yield prompt
        except ValueError as error:
            prompt = f"{error} {question}"
            continue
        answer = answer.strip()
        if answer:
            return answer
        prompt = "Please answer: " + question


def signup():
    """Ask for a name and an email with ask(); return {"name": ..., "email": ...}."""
    name = yield from ask("What's your name?")
    email = yield from ask("What's your email?")
    return {"name": name, "email": email}
