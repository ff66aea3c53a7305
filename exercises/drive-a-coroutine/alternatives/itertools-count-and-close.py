import itertools


def drive(coro):
    messages = []
    for turn in itertools.count():
        try:
            messages.append(coro.send(None))
        except StopIteration as stop:
            value = stop.value
            break
    coro.close()
    return value, messages
