def reader(name, items, log):
    log.append(f"open {name}")
    try:
        yield from items
    finally:
        log.append(f"close {name}")
    return len(items)


def concat(sources, log):
    total = 0
    finished = False
    try:
        for source in sources:
            total += yield from source
        finished = True
    finally:
        if not finished:
            log.append("concat closed")
    log.append(f"total {total}")
    return total
