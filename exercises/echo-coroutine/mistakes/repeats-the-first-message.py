# feedback: every send should return the value just sent
def echo():
    first = yield
    while True:
        yield first


def primed_echo():
    coroutine = echo()
    next(coroutine)
    return coroutine
