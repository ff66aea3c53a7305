def reader(name, items, log):
    log.append(f"open {name}")
    for item in items:
        yield item
    log.append(f"close {name}")
    return len(items)


def concat(sources, log):
    total = 0
    for source in sources:
        for item in source:
            yield item
    log.append(f"total {total}")
    return total
