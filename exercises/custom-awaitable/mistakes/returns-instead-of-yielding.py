# feedback: returned non-iterator of type
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        asyncio.sleep(self.seconds)
        return self.value
