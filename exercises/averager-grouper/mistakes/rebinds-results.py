# feedback: only renames it inside the grouper
def averager():
    total, count = 0.0, 0
    while True:
        number = yield
        if number is None:
            break
        total += number
        count += 1
    return total / count if count else None


def grouper(results, key):
    while True:
        average = yield from averager()
        results = {key: average}
