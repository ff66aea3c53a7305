def _echo_loop():
    value = None
    while True:
        value = yield value


def echo():
    yield from _echo_loop()


def primed_echo():
    next(ready := echo())
    return ready
