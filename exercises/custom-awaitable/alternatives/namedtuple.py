import asyncio
from typing import Any, NamedTuple


class Delay(NamedTuple):
    seconds: float
    value: Any

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value
