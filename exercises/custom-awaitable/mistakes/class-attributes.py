# feedback: not on the class or in a global
import asyncio


class Delay:
    seconds = 0
    value = None

    def __init__(self, seconds, value):
        Delay.seconds = seconds
        Delay.value = value

    def __await__(self):
        return (yield from asyncio.sleep(self.seconds, self.value).__await__())
