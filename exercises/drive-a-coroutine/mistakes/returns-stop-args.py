# feedback: that is StopIteration's .args
def drive(coro):
    messages = []
    while True:
        try:
            messages.append(coro.send(None))
        except StopIteration as stop:
            return stop.args, messages
