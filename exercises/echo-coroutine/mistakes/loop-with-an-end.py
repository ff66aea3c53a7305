# feedback: stopped after 9 of 1000
def echo():
    received = None
    for _ in range(10):
        received = yield received


def primed_echo():
    coroutine = echo()
    next(coroutine)
    return coroutine
