# feedback: a bare yield (message = yield) hands nothing back
def echo():
    while True:
        message = yield
        print("got", message)


def primed_echo():
    e = echo()
    next(e)
    return e
