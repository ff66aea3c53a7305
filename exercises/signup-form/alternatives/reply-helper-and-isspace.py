def reply_to(question, answer):
    """None when the answer will do, else what to ask next."""
    if answer == "" or answer.isspace():
        return "Please answer: " + question
    return None


def ask(question):
    prompt = question
    while True:
        try:
            answer = yield prompt
        except ValueError as error:
            prompt = "%s %s" % (error, question)
        else:
            prompt = reply_to(question, answer)
            if prompt is None:
                return answer.strip()


def signup():
    name = yield from ask("What's your name?")
    email = yield from ask("What's your email?")
    return {"email": email, "name": name}
