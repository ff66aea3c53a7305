from typing import Generator


def countdown(n: int) -> Generator[int, None, None]:
    if n <= 0:
        return
    for value in reversed(range(1, n + 1)):
        yield value
