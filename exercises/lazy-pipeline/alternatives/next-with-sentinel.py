from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
_DONE = object()  # a marker no source can yield, unlike None or 0


def naturals() -> Iterator[int]:
    n = 0
    while True:
        n += 1
        yield n


def evens(numbers: Iterable[int]) -> Iterator[int]:
    yield from (number for number in numbers if number % 2 == 0)


def take(n: int, items: Iterable[T]) -> Iterator[T]:
    source = iter(items)
    for _ in range(n):
        item = next(source, _DONE)
        if item is _DONE:
            return
        yield item
