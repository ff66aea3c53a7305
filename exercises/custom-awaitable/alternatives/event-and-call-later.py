import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        done = asyncio.Event()
        loop.call_later(self.seconds, done.set)
        yield from done.wait().__await__()
        return self.value
