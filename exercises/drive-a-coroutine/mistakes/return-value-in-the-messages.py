# feedback: the return value ended up in the messages too
def drive(coro):
    messages = []
    while True:
        try:
            messages.append(coro.send(None))
        except StopIteration as finished:
            messages.append(finished.value)
            return finished.value, messages
