# feedback: yielded again after close()
def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for item in items:
            yield item
    except GeneratorExit:
        log.append(f"close {name}")
        yield None
    log.append(f"close {name}")
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

