# feedback: a coroutine needs no priming
def drive(coro):
    coro.send(None)  # prime it, like a generator
    messages = []
    while True:
        try:
            messages.append(coro.send(None))
        except StopIteration as stop:
            return stop.value, messages
