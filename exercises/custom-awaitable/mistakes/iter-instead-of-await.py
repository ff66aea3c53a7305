# feedback: await looks for a method named __await__
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __iter__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value
