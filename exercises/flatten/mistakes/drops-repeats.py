# feedback: repeats included
def flatten(items):
    seen = set()
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        elif item not in seen:
            seen.add(item)
            yield item
