def echo():
    message = yield  # priming stops here and gives None
    while True:
        message = yield message


def primed_echo():
    coroutine = echo()
    coroutine.send(None)  # the same as next(coroutine)
    return coroutine
