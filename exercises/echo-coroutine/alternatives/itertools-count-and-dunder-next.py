import itertools


def echo():
    received = None
    for _ in itertools.count():
        received = yield received


def primed_echo():
    e = echo()
    e.__next__()
    return e
