# feedback: priming with next() should return None
def echo():
    received = ""
    while True:
        received = yield received


def primed_echo():
    e = echo()
    next(e)
    return e
