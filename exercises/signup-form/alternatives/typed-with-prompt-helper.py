from collections.abc import Generator

Asking = Generator[str, str, str]


def reprompt(question: str, reason: str | None = None) -> str:
    return f"{reason} {question}" if reason else f"Please answer: {question}"


def ask(question: str) -> Asking:
    answer = ""
    prompt = question
    while not answer:
        try:
            answer = (yield prompt).strip()
        except ValueError as error:
            prompt = reprompt(question, str(error))
            continue
        prompt = reprompt(question)
    return answer


def signup() -> Generator[str, str, dict]:
    name = yield from ask("What's your name?")
    print("got the name", name)
    email = yield from ask("What's your email?")
    return {"name": name, "email": email}
