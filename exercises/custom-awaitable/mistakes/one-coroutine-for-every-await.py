# feedback: awaited twice
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value
        self.waiting = self.wait()

    async def wait(self):
        await asyncio.sleep(self.seconds)
        return self.value

    def __await__(self):
        return self.waiting.__await__()
