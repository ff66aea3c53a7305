# feedback: only yield from forwards send
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
    answers = []
    for question in ("What's your name?", "What's your email?"):
        for prompt in ask(question):
            answers.append((yield prompt))
    return {"name": answers[0], "email": answers[-1]}
