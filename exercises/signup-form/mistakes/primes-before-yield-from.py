# feedback: yield from primes it itself
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
    name_question = ask("What's your name?")
    next(name_question)
    name = yield from name_question
    email_question = ask("What's your email?")
    next(email_question)
    email = yield from email_question
    return {"name": name, "email": email}
