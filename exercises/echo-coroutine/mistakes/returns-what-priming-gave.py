# feedback: return the generator itself
def echo():
    received = None
    while True:
        received = yield received


def primed_echo():
    return next(echo())
