def reader(name, items, log):
    log.append(f"open {name}")
    done = False
    try:
        for item in items:
            yield item
        done = True
    except GeneratorExit:
        log.append(f"close {name}")
        raise
    if done:
        log.append(f"close {name}")
        return len(items)


def concat(sources, log):
    total = 0
    closing = True
    try:
        for source in sources:
            total += yield from source
        closing = False
    finally:
        if closing:
            log.append("concat closed")
    log.append(f"total {total}")
    return total
