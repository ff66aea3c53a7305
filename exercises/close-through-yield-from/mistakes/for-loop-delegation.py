# feedback: a for loop over it does not
def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for item in items:
            yield item
        return len(items)
    finally:
        log.append(f"close {name}")


def concat(sources, log):
    total = 0
    try:
        for source in sources:
            for item in source:  # counts the items itself, since the return value is lost
                total += 1
                yield item
    except GeneratorExit:
        log.append("concat closed")
        raise
    log.append(f"total {total}")
    return total
