# feedback: 0 is a message like any other
def echo():
    received = yield
    while received or received is None:
        received = yield received


def primed_echo():
    coroutine = echo()
    next(coroutine)
    return coroutine
