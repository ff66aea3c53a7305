from collections.abc import Iterator
from typing import Any


def flatten(items: list) -> Iterator[Any]:
    for item in items:
        if type(item) is list:
            for inner in flatten(item):
                yield inner
        else:
            yield item
