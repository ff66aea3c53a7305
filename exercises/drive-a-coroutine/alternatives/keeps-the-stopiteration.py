def drive(coro):
    messages = []
    finished = None
    while finished is None:
        try:
            messages.append(coro.send(None))
        except StopIteration as stop:
            finished = stop
    return finished.value, messages
