def reader(name, items, log):
    log.append("open " + name)
    given = 0
    try:
        while given < len(items):
            yield items[given]
            given += 1
    except GeneratorExit:
        log.append("close " + name)  # closed while paused
        raise
    log.append("close " + name)  # exhausted
    return given


def concat(sources, log):
    total = 0
    index = 0
    while index < len(sources):
        try:
            total += yield from sources[index]
        except GeneratorExit:
            log.append("concat closed")
            return
        index += 1
    log.append("total " + str(total))
    return total
