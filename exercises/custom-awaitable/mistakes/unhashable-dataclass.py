# feedback: use @dataclass(eq=False)
import asyncio
import types
from dataclasses import dataclass
from typing import Any


@types.coroutine
def _pause(seconds):
    yield from asyncio.sleep(seconds).__await__()


@dataclass
class Delay:
    seconds: float
    value: Any

    def __await__(self):
        print(f"Delay: waiting {self.seconds} s")
        yield from _pause(self.seconds)
        return self.value
