# feedback: return (value, messages), the return value first
def drive(coro):
    messages = []
    while True:
        try:
            messages.append(coro.send(None))
        except StopIteration as finished:
            return messages, finished.value
