def ask(question):
    prompt = question
    while True:
        try:
            answer = (yield prompt).strip()
        except ValueError as rejection:
            prompt = f"{rejection} {question}"
        else:
            if answer:
                return answer
            prompt = f"Please answer: {question}"


QUESTIONS = {"name": "What's your name?", "email": "What's your email?"}


def signup():
    form = {}
    for field, question in QUESTIONS.items():
        form[field] = yield from ask(question)
    return form
