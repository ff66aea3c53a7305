def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for item in items:
            yield item
        return len(items)
    finally:
        log.append(f"close {name}")


def chain(sources):
    """Delegate to each source in turn; return the sum of their return values."""
    total = 0
    for source in sources:
        total += yield from source
    return total


def concat(sources, log):
    try:
        total = yield from chain(sources)
    except GeneratorExit:
        log.append("concat closed")
        raise
    log.append(f"total {total}")
    return total
