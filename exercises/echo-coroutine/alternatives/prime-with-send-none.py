def echo():
    received = None
    while True:
        received = yield received


def primed_echo():
    e = echo()
    e.send(None)
    return e
