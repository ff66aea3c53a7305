def reader(name, items, log):
    log.append(f"open {name}")
    count = 0
    try:
        for count, item in enumerate(items, 1):
            yield item
    finally:
        log.append(f"close {name}")
    return count


def concat(sources, log):
    total = 0
    remaining = iter(sources)
    for source in remaining:
        try:
            total += yield from source
        except GeneratorExit:
            log.append("concat closed")
            for unstarted in remaining:
                unstarted.close()
            return total  # returning (not yielding) after GeneratorExit is fine
    log.append(f"total {total}")
    return total
