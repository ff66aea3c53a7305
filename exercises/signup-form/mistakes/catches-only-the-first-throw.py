# feedback: catch ValueError around every yield that waits for an answer
def ask(question):
    try:
        answer = yield question
    except ValueError as error:
        answer = yield f"{error} {question}"
    while not answer.strip():
        answer = yield "Please answer: " + question
    return answer.strip()


def signup():
    name = yield from ask("What's your name?")
    email = yield from ask("What's your email?")
    return {"name": name, "email": email}
