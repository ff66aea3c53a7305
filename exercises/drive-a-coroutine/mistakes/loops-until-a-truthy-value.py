# feedback: whatever its .value is (None too)
def drive(coro):
    messages = []
    value = None
    while not value:
        try:
            messages.append(coro.send(None))
        except StopIteration as finished:
            value = finished.value
    return value, messages
