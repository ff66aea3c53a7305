import asyncio


class Delay:
    """A fresh coroutine for every await, so awaiting the same Delay twice waits twice."""

    def __init__(self, seconds: float, value: object) -> None:
        self.seconds = seconds
        self.value = value

    async def _wait(self):
        await asyncio.sleep(self.seconds)
        return self.value

    def __await__(self):
        return self._wait().__await__()
