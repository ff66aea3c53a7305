# feedback: flatten the inner lists too
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from item
        else:
            yield item
