# feedback: made once and shared by every call
def drive(coro, messages=[]):
    while True:
        try:
            messages.append(coro.send(None))
        except StopIteration as finished:
            return finished.value, messages
