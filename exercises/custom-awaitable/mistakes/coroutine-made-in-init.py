# feedback: Make a fresh asyncio.sleep(...) inside every __await__ call
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.value = value
        self.sleeper = asyncio.sleep(seconds, value).__await__()

    def __await__(self):
        return self.sleeper
