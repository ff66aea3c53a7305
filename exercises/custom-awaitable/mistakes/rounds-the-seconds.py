# feedback: check that the 1.5 is not rounded
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = int(seconds)
        self.value = value

    def __await__(self):
        return (yield from asyncio.sleep(self.seconds, self.value).__await__())
