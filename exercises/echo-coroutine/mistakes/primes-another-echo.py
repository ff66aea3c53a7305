# feedback: call next() on the very generator you return
def echo():
    received = None
    while True:
        received = yield received


def primed_echo():
    next(echo())
    return echo()
