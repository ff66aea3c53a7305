import asyncio
from collections.abc import Awaitable


class Delay(Awaitable):
    __slots__ = ("seconds", "value")

    def __init__(self, seconds, value):
        self.seconds, self.value = seconds, value

    def __repr__(self):
        return f"Delay({self.seconds!r}, {self.value!r})"

    def __await__(self):
        print("waiting", self.seconds)
        return asyncio.sleep(self.seconds, result=self.value).__await__()
