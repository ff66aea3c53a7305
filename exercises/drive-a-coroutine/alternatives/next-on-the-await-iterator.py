def drive(coro):
    # coro.__await__() is an iterator: next() on it is the same as coro.send(None)
    it = coro.__await__()
    messages = []
    try:
        while True:
            messages.append(next(it))
    except StopIteration as stop:
        return (stop.value, messages)
