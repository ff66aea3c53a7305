def drive(coro):
    messages = ()
    sentinel = object()
    value = sentinel
    while value is sentinel:
        try:
            messages += (coro.send(None),)
        except StopIteration as e:
            value = e.value
    return value, list(messages)
