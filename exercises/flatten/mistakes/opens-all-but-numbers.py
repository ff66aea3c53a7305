# feedback: recursed forever (RecursionError)
def flatten(items):
    for item in items:
        if type(item) in (int, float):
            yield item
        else:
            yield from flatten(item)
