# feedback: Catch StopIteration around that call
def drive(coro):
    messages = []
    message = coro.send(None)
    while True:
        messages.append(message)
        try:
            message = coro.send(None)
        except StopIteration as stop:
            return stop.value, messages
