def echo():
    heard = yield None
    while 1:
        heard = yield heard


def primed_echo():
    coroutine = echo()
    next(coroutine, None)
    return coroutine
