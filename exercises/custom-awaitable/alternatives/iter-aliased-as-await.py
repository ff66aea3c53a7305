import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __iter__(self):
        result = yield from asyncio.sleep(self.seconds, self.value).__await__()
        return result

    __await__ = __iter__
