from typing import Generator


def ask(question: str) -> Generator[str, str, str]:
    message = question
    while True:
        try:
            if answer := (yield message).strip():
                break
            message = "Please answer: " + question
        except ValueError as error:
            message = " ".join([str(error), question])
    return answer


def signup():
    record = {}
    record["name"] = yield from ask("What's your name?")
    record["email"] = yield from ask("What's your email?")
    return record
