# feedback: a falsy value is a message like any other
def echo():
    received = None
    while True:
        received = yield received or None


def primed_echo():
    e = echo()
    next(e)
    return e
