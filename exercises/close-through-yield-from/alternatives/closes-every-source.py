def reader(name, items, log):
    log.append(f"open {name}")
    try:
        for item in items:
            yield item
        return len(items)
    finally:
        log.append(f"close {name}")


def concat(sources, log):
    """Closes every source on the way out, the started ones and the ones never reached."""
    total = 0
    try:
        for source in sources:
            total += yield from source
    except GeneratorExit:
        log.append("concat closed")
        raise
    finally:
        for source in sources:
            source.close()  # a no-op for a finished generator; an unstarted one runs none of its code
    log.append(f"total {total}")
    return total
