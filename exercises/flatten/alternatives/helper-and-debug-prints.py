def is_nested(item) -> bool:
    return isinstance(item, list)


def flatten(items, depth=0):
    for index, item in enumerate(items):
        print("  " * depth + f"[{index}] {item!r}")
        if is_nested(item):
            yield from flatten(item, depth + 1)
            continue
        yield item
