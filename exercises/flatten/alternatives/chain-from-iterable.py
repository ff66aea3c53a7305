from itertools import chain


def flatten(items):
    yield from chain.from_iterable(flatten(item) if isinstance(item, list) else (item,) for item in items)
