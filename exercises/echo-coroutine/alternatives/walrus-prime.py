def echo():
    message = None
    while True:
        message = (yield message)


def primed_echo():
    next(e := echo())
    return e
