# feedback: keep going forever
def echo():
    received = yield
    yield received


def primed_echo():
    coroutine = echo()
    next(coroutine)
    return coroutine
