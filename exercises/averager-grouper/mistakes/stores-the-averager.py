# feedback: not the averager itself
def averager():
    total = 0.0
    count = 0
    while True:
        number = yield
        if number is None:
            break
        total += number
        count += 1
    return total / count if count else None


def grouper(results, key):
    while True:
        sub = averager()
        yield from sub
        results[key] = sub
