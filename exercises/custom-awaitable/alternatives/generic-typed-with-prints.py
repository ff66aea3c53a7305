import asyncio
from collections.abc import Generator
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Delay(Generic[T]):
    def __init__(self, seconds: float, value: T) -> None:
        self.seconds = seconds
        self.value = value

    def __repr__(self) -> str:
        return f"Delay({self.seconds!r}, {self.value!r})"

    def __await__(self) -> Generator[Any, None, T]:
        print(f"{self!r}: waiting")
        yield from asyncio.sleep(self.seconds).__await__()
        print(f"{self!r}: done")
        return self.value
