# feedback: coro.send(None)
def drive(coro):
    messages = []
    while True:
        try:
            messages.append(next(coro))
        except StopIteration as finished:
            return finished.value, messages
