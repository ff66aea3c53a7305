def averager():
    total = 0.0
    count = 0
    while True:
        x = yield
        if x is None:
            return None if count == 0 else total / count
        total += x
        count += 1


def grouper(results, key):
    while True:
        avg = yield from averager()
        results.update({key: avg})
