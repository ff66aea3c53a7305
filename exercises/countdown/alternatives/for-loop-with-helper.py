from collections.abc import Iterator


def steps_down_from(n: int) -> range:
    return range(n, 0, -1)


def countdown(n: int) -> Iterator[int]:
    for value in steps_down_from(n):
        yield value
