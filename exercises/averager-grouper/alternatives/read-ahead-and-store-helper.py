def averager():
    total = count = 0
    number = yield
    while number is not None:
        total, count = total + number, count + 1
        number = yield
    if count == 0:
        return None
    return float(total) / count


def _store(results, key, value):
    results[key] = value


def grouper(results, key):
    while 1:
        sub = averager()
        value = yield from sub
        _store(results, key, value)
