# feedback: plain def
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    async def __await__(self):
        await asyncio.sleep(self.seconds)
        return self.value
