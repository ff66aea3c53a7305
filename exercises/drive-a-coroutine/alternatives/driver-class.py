class Driver:
    """A one-coroutine 'event loop'."""

    def __init__(self, coro):
        self.coro = coro
        self.messages = []
        self.value = None
        self.finished = False

    def step(self):
        try:
            self.messages.append(self.coro.send(None))
        except StopIteration as stop:
            self.value, self.finished = stop.value, True

    def run(self):
        while not self.finished:
            self.step()
        return self.value, self.messages


def drive(coro):
    return Driver(coro).run()
