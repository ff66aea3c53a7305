# feedback: reader logged nothing when it was exhausted
def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for item in items:
            yield item
    except GeneratorExit:
        log.append(f"close {name}")
        raise
    return len(items)


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
