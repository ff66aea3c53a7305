import inspect


def drive(coro):
    messages, value = [], None
    while inspect.getcoroutinestate(coro) != inspect.CORO_CLOSED:
        try:
            message = coro.send(None)
        except StopIteration as stop:
            value = stop.value
        else:
            print("suspended with", repr(message))
            messages.append(message)
    return value, messages
