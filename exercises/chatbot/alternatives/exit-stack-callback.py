from contextlib import ExitStack


def chatbot(memory: list) -> "Generator[str, str, None]":
    learned: dict = {}
    with ExitStack() as cleanup:
        cleanup.callback(memory.append, learned)  # runs when the with block is left, however that happens
        name = yield "What's your name?"
        learned["name"] = name
        print("learned the name", name)
        language = yield f"Nice to meet you, {name}! What's your favourite language?"
        learned["language"] = language
        yield f"{language} is a great choice, {name}!"
