def drive(coro):
    messages = []

    def relay():
        # yield from the coroutine's await-iterator: every suspension comes out here, the return value comes back
        return (yield from coro.__await__())

    steps = relay()
    while True:
        try:
            messages.append(steps.send(None))
        except StopIteration as finished:
            return finished.value, messages
