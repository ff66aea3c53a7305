# feedback: 0, None and '' are items too
def flatten(items):
    for item in items:
        if not item:
            continue
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
