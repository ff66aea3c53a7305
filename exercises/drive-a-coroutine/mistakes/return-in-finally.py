# feedback: A return inside finally discards the exception
def drive(coro):
    messages = []
    value = None
    try:
        while True:
            messages.append(coro.send(None))
    except StopIteration as stop:
        value = stop.value
    finally:
        return value, messages
