# feedback: not whether the item is iterable
from collections.abc import Iterable


def flatten(items):
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, (str, tuple)):
            yield from flatten(item)
        else:
            yield item
