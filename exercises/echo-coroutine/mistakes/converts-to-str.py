# feedback: without converting it
def echo():
    received = None
    while True:
        received = yield str(received) if received is not None else None


def primed_echo():
    e = echo()
    next(e)
    return e
