def reader(name, items, log):
    log.append("open %s" % name)
    yielded = 0
    try:
        for item in items:
            yield item
            yielded += 1
    finally:
        log.append("close %s" % name)
    return yielded


def concat(sources, log):
    total = 0
    for source in sources:
        try:
            total = total + (yield from source)
        except BaseException:
            print("concat is being closed (or failed) while inside", source)
            log.append("concat closed")
            raise
    log.append(f"total {total}")
    return total
