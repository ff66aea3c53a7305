# feedback: Every message is there, but the return value was lost
def drive(coro):
    messages = list(iter(lambda: coro.send(None), object()))
    return None, messages
