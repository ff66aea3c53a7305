# feedback: the echo is one step behind
def echo():
    previous = received = None
    while True:
        previous, received = received, (yield previous)


def primed_echo():
    coroutine = echo()
    next(coroutine)
    return coroutine
