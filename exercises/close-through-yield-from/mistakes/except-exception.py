# feedback: derives from BaseException, not from Exception
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
            total += yield from source
    except Exception:
        log.append("concat closed")
        raise
    log.append(f"total {total}")
    return total
