def averager():
    total = count = 0
    try:
        while True:
            number = yield
            if number is None:
                break
            total, count = total + number, count + 1
    finally:
        pass
    if count == 0:
        return None
    return total / count


def grouper(results, key):
    while 1:
        value = yield from averager()
        results[key] = value
