def reader(name: str, items: list, log: list):
    log.append("open " + name)
    count = 0
    try:
        while count < len(items):
            yield items[count]
            count += 1
    finally:
        log.append("close " + name)
    return count


def concat(sources, log):
    counts = []
    for source in sources:
        try:
            counts.append((yield from source))
        except GeneratorExit:
            log.append("concat closed")
            return  # returning on GeneratorExit is allowed: the generator stops without yielding
    log.append("total %d" % sum(counts))
    return sum(counts)
