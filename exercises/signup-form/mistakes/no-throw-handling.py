# feedback: catch ValueError in ask
def ask(question):
    prompt = question
    while True:
        answer = (yield prompt).strip()
        if answer:
            return answer
        prompt = "Please answer: " + question


def signup():
    name = yield from ask("What's your name?")
    email = yield from ask("What's your email?")
    return {"name": name, "email": email}
