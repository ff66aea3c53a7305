# feedback: a coroutine that has not started yet accepts only None
def drive(coro):
    messages = []
    reply = 0
    while True:
        try:
            reply = coro.send(reply)
            messages.append(reply)
        except StopIteration as finished:
            return finished.value, messages
