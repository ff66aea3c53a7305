# feedback: yielded <coroutine object sleep
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield asyncio.sleep(self.seconds)
        return self.value
