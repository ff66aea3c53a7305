# feedback: StopIteration's .value
def drive(coro):
    messages = []
    while True:
        try:
            messages.append(coro.send(None))
        except StopIteration:
            return None, messages
