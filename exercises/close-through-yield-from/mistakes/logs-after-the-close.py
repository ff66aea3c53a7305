# feedback: must be reader's last action
def reader(name, items, log):
    try:
        log.append(f"open {name}")
        for item in items:
            yield item
    finally:
        log.append(f"close {name}")
    log.append(f"read {len(items)}")
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
