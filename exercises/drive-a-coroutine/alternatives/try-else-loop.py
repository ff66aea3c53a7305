def drive(coro):
    messages = []
    while True:
        try:
            suspended_with = coro.send(None)
        except StopIteration as finished:
            value = finished.value  # the name `finished` is cleared when the except block ends
            break
        else:
            messages.append(suspended_with)
    return value, messages
