# feedback: each answer is judged on its own
def ask(question):
    while True:
        try:
            answer = yield question
        except ValueError as error:
            answer = yield f"{error} {question}"
        if answer.strip():
            return answer.strip()
        answer = yield "Please answer: " + question
        if answer.strip():
            return answer.strip()


def signup():
    name = yield from ask("What's your name?")
    email = yield from ask("What's your email?")
    return {"name": name, "email": email}
