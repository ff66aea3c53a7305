# feedback: comes after the subgenerator
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
    for source in sources:
        try:
            for item in source:
                total += 1
                yield item
        except GeneratorExit:
            log.append("concat closed")
            source.close()
            raise
    log.append(f"total {total}")
    return total
