def ask(question):
    """Yield question until a non-blank answer is sent; return it stripped. A thrown ValueError asks again."""
    prompt = question
    while True:
        # TODO: yield prompt and receive the answer (catch a thrown ValueError and set the next prompt).
        # TODO: return the stripped answer, or set prompt to "Please answer: " + question when it is blank.
        raise NotImplementedError("ask is not written yet")


def signup():
    """Ask for a name and an email with ask(); return {"name": ..., "email": ...}."""
    # TODO: name = yield from ask(...), then the email, then return the dict.
    raise NotImplementedError("signup is not written yet")
