def drive(coro, messages=None):
    if messages is None:
        messages = []
    try:
        messages.append(coro.send(None))
    except StopIteration as stop:
        return (stop.value, messages)
    return drive(coro, messages)
