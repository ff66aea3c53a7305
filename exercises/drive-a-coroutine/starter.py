def drive(coro):
    """Run coro with send(None) until it finishes; return (value, messages)."""
    messages = []
    while True:
        message = coro.send(None)
        messages.append(message)
