# feedback: signup yielded ask's generator itself
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
    name = yield ask("What's your name?")
    email = yield ask("What's your email?")
    return {"name": name, "email": email}
