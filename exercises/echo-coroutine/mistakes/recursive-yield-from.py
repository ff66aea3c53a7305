# feedback: echo calls itself
def echo(received=None):
    received = yield received
    yield from echo(received)


def primed_echo():
    e = echo()
    next(e)
    return e
