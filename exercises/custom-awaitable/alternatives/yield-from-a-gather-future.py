import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        # gather() returns a Future, and `yield from` a Future is what await does
        yield from asyncio.gather(asyncio.sleep(self.seconds))
        return self.value
