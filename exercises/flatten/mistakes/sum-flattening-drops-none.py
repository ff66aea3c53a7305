# feedback: 0, None and '' are items too
def flatten(items):
    flat = list(items)
    while any(isinstance(x, list) for x in flat):
        flat = sum(([x] if not isinstance(x, list) else x for x in flat), [])
    for x in flat:
        if x is not None:
            yield x
