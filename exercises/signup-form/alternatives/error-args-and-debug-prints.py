from collections.abc import Generator


def ask(question: str):
    print("asking:", question)
    message = question
    while True:
        try:
            reply = yield message
        except ValueError as rejected:
            message = f"{rejected.args[0]} {question}" if rejected.args else question
            continue
        if reply.strip():
            print("accepted:", reply.strip())
            return reply.strip()
        message = f"Please answer: {question}"


def signup() -> Generator[str, str, dict[str, str]]:
    result: dict[str, str] = {}
    result.update(name=(yield from ask("What's your name?")))
    result.update(email=(yield from ask("What's your email?")))
    return result
