# feedback: It counted only the truthy items
def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for item in items:
            yield item
        return len([item for item in items if item])
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
