# feedback: an averager made once, outside the loop
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

_shared = averager()

def grouper(results, key):
    while True:
        results[key] = yield from _shared
