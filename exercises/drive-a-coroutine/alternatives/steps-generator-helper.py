def steps(coro):
    """Yield every suspension; return the coroutine's return value."""
    while True:
        try:
            message = coro.send(None)
        except StopIteration as stop:
            return stop.value
        yield message


def drive(coro):
    messages = []
    walker = steps(coro)
    while True:
        try:
            messages.append(next(walker))
        except StopIteration as stop:
            return stop.value, messages
