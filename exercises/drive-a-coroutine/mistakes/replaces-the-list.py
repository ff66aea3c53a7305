# feedback: Only the last message is there
def drive(coro):
    messages = []
    while True:
        try:
            messages = [coro.send(None)]
        except StopIteration as stop:
            return stop.value, messages
