def echo():
    received = None
    try:
        while True:
            received = yield received
            print("echo heard", repr(received))
    except GeneratorExit:
        print("echo closed")
        raise


def primed_echo():
    coroutine = echo()
    first = next(coroutine)
    assert first is None
    return coroutine
