def echo():
    received = None
    while True:
        received = yield received


def primed_echo():
    e = echo()
    next(e)
    next(e)  # harmless: sends None, the echo yields None back
    return e
