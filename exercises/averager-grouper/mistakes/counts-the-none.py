# feedback: the None that ends the group was counted
def averager():
    total = 0
    count = 0
    while True:
        number = yield
        count += 1
        if number is None:
            break
        total += number
    return total / count if count else None


def grouper(results, key):
    while True:
        results[key] = yield from averager()
