# feedback: expected 4, the number of items it yielded
def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for item in items:
            yield item
    finally:
        log.append(f"close {name}")


def concat(sources, log):
    total = 0
    try:
        for source in sources:
            total += (yield from source) or 0
    except GeneratorExit:
        log.append("concat closed")
        raise
    log.append(f"total {total}")
    return total
