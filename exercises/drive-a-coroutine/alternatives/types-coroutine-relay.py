import types


@types.coroutine
def relay(coro):
    # a generator-based coroutine may yield from a native coroutine
    return (yield from coro)


def drive(coro):
    runner = relay(coro)
    messages = []
    while True:
        try:
            messages.append(runner.send(None))
        except StopIteration as stop:
            return stop.value, messages
