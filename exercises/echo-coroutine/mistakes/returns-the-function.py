# feedback: returned a function (echo itself?)
def echo():
    received = None
    while True:
        received = yield received


def primed_echo():
    e = echo()
    next(e)
    return echo
