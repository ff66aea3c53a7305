# feedback: it tried to open up an item that is not a list
def flatten(items):
    for item in items:
        if isinstance(item, list) or not item:
            yield from flatten(item)
        else:
            yield item
