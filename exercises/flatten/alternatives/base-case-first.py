def flatten(items):
    if not isinstance(items, list):
        yield items
        return
    for inner in items:
        yield from flatten(inner)
