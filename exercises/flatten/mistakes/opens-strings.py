# feedback: only lists are opened up
def flatten(items):
    for item in items:
        if hasattr(item, "__iter__"):
            yield from flatten(item)
        else:
            yield item
