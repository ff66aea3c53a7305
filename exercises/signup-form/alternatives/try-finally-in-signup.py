def ask(question):
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
    form = dict.fromkeys(["name", "email"])
    try:
        form["name"] = yield from ask("What's your name?")
        form["email"] = yield from ask("What's your email?")
    finally:
        print("form so far:", form)
    return form
