from collections.abc import Generator
from typing import Any


def reader(name: str, items: list[Any], log: list[str]) -> Generator[Any, None, int]:
    log.append(f"open {name}")
    print("reader", name, "opened")
    try:
        yield from items
    finally:
        print("reader", name, "cleaning up")
        log.append(f"close {name}")
    return len(items)


def concat(sources: list[Generator[Any, None, int]], log: list[str]) -> Generator[Any, None, int]:
    counts: list[int] = []
    try:
        for source in sources:
            counts.append((yield from source))
    except GeneratorExit:
        print("concat closed after", counts)
        log.append("concat closed")
        raise
    else:
        log.append(f"total {sum(counts)}")
        return sum(counts)
