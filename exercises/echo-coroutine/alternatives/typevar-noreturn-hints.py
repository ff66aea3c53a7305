from typing import Generator, NoReturn, TypeVar

T = TypeVar("T")


def echo() -> Generator[T | None, T, NoReturn]:
    last: T | None = None
    while True:
        last = yield last


def primed_echo() -> Generator:
    generator = echo()
    generator.send(None)  # the only value a just-started generator accepts
    return generator
