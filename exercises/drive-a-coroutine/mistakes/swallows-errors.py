# feedback: drive should let it propagate
def drive(coro):
    messages = []
    while True:
        try:
            messages.append(coro.send(None))
        except StopIteration as finished:
            return finished.value, messages
        except Exception:
            return None, messages
