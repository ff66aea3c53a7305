# feedback: Prime it first with next(g)
def echo():
    received = None
    while True:
        received = yield received


def primed_echo():
    e = echo()
    e.send("start")
    return e
