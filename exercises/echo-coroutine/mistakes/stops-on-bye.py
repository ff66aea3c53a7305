# feedback: echo finished when 'bye' was sent
def echo():
    received = None
    while received != "bye":
        received = yield received


def primed_echo():
    e = echo()
    next(e)
    return e
