# feedback: however many suspensions that takes
def drive(coro):
    messages = []
    for _ in range(5):  # plenty of steps
        try:
            messages.append(coro.send(None))
        except StopIteration as finished:
            return finished.value, messages
    return None, messages
