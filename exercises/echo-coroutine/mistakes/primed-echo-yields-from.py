# feedback: it is a generator function itself
def echo():
    received = None
    while True:
        received = yield received


def primed_echo():
    e = echo()
    next(e)
    yield from e
