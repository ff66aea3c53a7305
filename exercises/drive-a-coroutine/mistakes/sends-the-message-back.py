# feedback: sent something other than None
def drive(coro):
    messages = []
    message = None
    while True:
        try:
            message = coro.send(message)
        except StopIteration as stop:
            return stop.value, messages
        messages.append(message)
