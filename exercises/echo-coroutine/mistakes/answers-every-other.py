# feedback: every send should return the value just sent
def echo():
    while True:
        received = yield
        yield received


def primed_echo():
    coroutine = echo()
    next(coroutine)
    return coroutine
