# feedback: enumerate counts from 0
def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for count, item in enumerate(items):
            yield item
        return count
    finally:
        log.append(f"close {name}")


def concat(sources, log):
    total = 0
    try:
        for source in sources:
            total += yield from source
    except GeneratorExit:
        log.append("concat closed")
        raise
    log.append(f"total {total}")
    return total

