import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    __await__ = lambda self: asyncio.sleep(self.seconds, self.value).__await__()
