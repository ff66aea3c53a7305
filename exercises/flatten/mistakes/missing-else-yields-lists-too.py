# feedback: put it in an else: branch
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        yield item
