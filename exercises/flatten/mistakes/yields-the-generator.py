# feedback: use yield from to hand over its values
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield flatten(item)
        else:
            yield item
