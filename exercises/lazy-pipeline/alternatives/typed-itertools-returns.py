from itertools import count, islice, filterfalse
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def naturals() -> Iterator[int]:
    return count(1)


def evens(numbers: Iterable[int]) -> Iterator[int]:
    return filterfalse(lambda x: x % 2, numbers)


def take(n: int, items: Iterable[T]) -> Iterator[T]:
    return islice(items, max(n, 0))
