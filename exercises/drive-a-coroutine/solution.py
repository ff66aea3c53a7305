def drive(coro):
    """Run coro with send(None) until it finishes; return (value, messages)."""
    messages = []
    while True:
        try:
            message = coro.send(None)
        except StopIteration as finished:
            return finished.value, messages
        messages.append(message)
