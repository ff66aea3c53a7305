def flatten(items):
    for item in items:
        match item:
            case list():
                yield from flatten(item)
            case _:
                yield item
