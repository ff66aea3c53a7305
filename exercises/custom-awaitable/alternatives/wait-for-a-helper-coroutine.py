import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    async def _wait(self):
        await asyncio.sleep(self.seconds)
        return self.value

    def __await__(self):
        return asyncio.wait_for(self._wait(), timeout=None).__await__()
