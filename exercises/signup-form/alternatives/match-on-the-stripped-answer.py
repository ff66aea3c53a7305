def ask(question):
    prompt = question
    answer = None
    while answer is None:
        try:
            sent = yield prompt
        except ValueError as error:
            prompt = " ".join((str(error), question))
            continue
        match sent.strip():
            case "":
                prompt = "Please answer: " + question
            case stripped:
                answer = stripped
    return answer


def signup():
    questions = [("name", "What's your name?"), ("email", "What's your email?")]
    form = {}
    for key, question in questions:
        form[key] = yield from ask(question)
    return form
