# feedback: return the average
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        number = yield average
        if number is None:
            break
        total += number
        count += 1
        average = total / count
    yield average


def grouper(results, key):
    while True:
        results[key] = yield from averager()
