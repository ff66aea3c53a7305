# feedback: takes the seconds first, then the value
import asyncio


class Delay:
    def __init__(self, value, seconds):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        return (yield from asyncio.sleep(self.seconds, self.value).__await__())
