import asyncio
import time


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        # time.sleep in a worker thread does not block the loop
        yield from asyncio.to_thread(time.sleep, self.seconds).__await__()
        return self.value
