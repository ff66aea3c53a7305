def flatten(items):
    """Yield every non-list element of a nested list, in order."""
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
