def chatbot(memory: list) -> "Generator[str, str, None]":
    name = language = None
    stage = 0
    try:
        name = yield "What's your name?"
        stage = 1
        language = yield f"Nice to meet you, {name}! What's your favourite language?"
        stage = 2
        yield f"{language} is a great choice, {name}!"
    finally:
        record = {}
        if stage >= 1:
            record["name"] = name
        if stage >= 2:
            record["language"] = language
        print("saving", record)
        memory.append(record)
