# feedback: The suspension with None is missing
def drive(coro):
    messages = []
    while True:
        try:
            message = coro.send(None)
        except StopIteration as stop:
            return stop.value, messages
        if message is not None:
            messages.append(message)
