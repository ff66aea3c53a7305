# feedback: went on from what earlier concats counted
def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for item in items:
            yield item
        return len(items)
    finally:
        log.append(f"close {name}")


total = 0


def concat(sources, log):
    global total
    try:
        for source in sources:
            total += yield from source
    except GeneratorExit:
        log.append("concat closed")
        raise
    log.append(f"total {total}")
    return total
