PLEASE = "Please answer: {}".format


def ask(question):
    try:
        answer = yield question
    except ValueError as error:
        answer = None
        prompt = f"{error} {question}"
    else:
        if answer.strip():
            return answer.strip()
        prompt = PLEASE(question)
    while True:
        try:
            answer = yield prompt
        except ValueError as error:
            prompt = f"{error} {question}"
            continue
        if answer.strip():
            return answer.strip()
        prompt = PLEASE(question)


def signup():
    name = yield from ask("What's your name?")
    return {"name": name, "email": (yield from ask("What's your email?"))}
