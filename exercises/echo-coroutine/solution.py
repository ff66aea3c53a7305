def echo():
    """Once primed, return every value sent in, forever."""
    received = None
    while True:
        received = yield received


def primed_echo():
    """Return a new echo() that is already primed, ready for send()."""
    coroutine = echo()
    next(coroutine)
    return coroutine
