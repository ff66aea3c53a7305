# feedback: got 'ready'
def echo():
    received = yield "ready"
    while True:
        received = yield received


def primed_echo():
    e = echo()
    next(e)
    return e
