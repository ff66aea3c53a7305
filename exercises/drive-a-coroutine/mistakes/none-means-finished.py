# feedback: only StopIteration means the coroutine has finished
def drive(coro):
    messages = []
    try:
        while True:
            message = coro.send(None)
            if message is None:
                break
            messages.append(message)
    except StopIteration as finished:
        return finished.value, messages
    return None, messages
