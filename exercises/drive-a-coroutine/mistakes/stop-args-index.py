# feedback: has no args, so .args[0] does not exist
def drive(coro):
    messages = []
    while True:
        try:
            messages.append(coro.send(None))
        except StopIteration as stop:
            return stop.args[0], messages
