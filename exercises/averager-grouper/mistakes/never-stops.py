# feedback: stop when it is sent None
def averager():
    total = 0.0
    count = 0
    while True:
        number = yield
        total += number
        count += 1
    return total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()
