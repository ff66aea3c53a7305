# feedback: catch ValueError around every yield
def ask(question, prompt=None):
    prompt = prompt or question
    while True:
        answer = (yield prompt).strip()
        if answer:
            return answer
        prompt = "Please answer: " + question


def signup():
    answers = {}
    for key, question in (("name", "What's your name?"), ("email", "What's your email?")):
        prompt = question
        while key not in answers:
            try:
                answers[key] = yield from ask(question, prompt)
            except ValueError as error:
                prompt = f"{error} {question}"
    return answers
