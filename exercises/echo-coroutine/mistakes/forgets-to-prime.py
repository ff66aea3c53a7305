# feedback: prime it with next() before returning it
def echo():
    received = None
    while True:
        received = yield received


def primed_echo():
    return echo()
