from contextlib import contextmanager


@contextmanager
def logged(name, log):
    log.append(f"open {name}")
    try:
        yield
    finally:
        log.append(f"close {name}")


def reader(name, items, log):
    with logged(name, log):
        yield from items
        return len(items)


def concat(sources, log):
    total = 0
    try:
        for source in sources:
            total += yield from source
    except GeneratorExit:
        log.append("concat closed")
        raise
    log.append(f"total {total}")
    return total

