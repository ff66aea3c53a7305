# feedback: echo finished when None was sent
def echo():
    received = yield
    while received is not None:
        received = yield received


def primed_echo():
    coroutine = echo()
    next(coroutine)
    return coroutine
