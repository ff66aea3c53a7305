# feedback: the second await did not wait at all
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value
        self.finished = False

    def __await__(self):
        if not self.finished:
            yield from asyncio.sleep(self.seconds).__await__()
            self.finished = True
        return self.value
