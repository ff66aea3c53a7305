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


def ask_all(questions):
    """Ask each question through ask; return the answers in order."""
    answers = []
    for question in questions:
        answer = yield from ask(question)
        answers.append(answer)
    return answers


def signup():
    name, email = yield from ask_all(["What's your name?", "What's your email?"])
    return {"name": name, "email": email}
