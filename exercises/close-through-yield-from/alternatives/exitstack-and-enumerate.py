from contextlib import ExitStack


def reader(name, items, log):
    log.append(f"open {name}")
    with ExitStack() as stack:
        stack.callback(log.append, f"close {name}")
        count = 0
        for count, item in enumerate(items, start=1):
            yield item
        return count


def concat(sources, log):
    results = []
    closed = True
    try:
        for source in sources:
            n = yield from source
            results.append(n)
        closed = False
    finally:
        if closed:
            log.append("concat closed")
    log.append("total " + str(sum(results)))
    return sum(results)
