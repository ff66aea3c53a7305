def ask(question):
    reply = None
    prompt = question
    while reply is None:
        try:
            sent = yield prompt
        except ValueError as problem:
            print("rejected:", problem)
            prompt = str(problem) + " " + question
        else:
            stripped = sent.strip()
            if stripped == "":
                prompt = "Please answer: %s" % question
            else:
                reply = stripped
    return reply


def signup():
    answers = []
    for question in ("What's your name?", "What's your email?"):
        answers.append((yield from ask(question)))
    return dict(zip(["name", "email"], answers))
