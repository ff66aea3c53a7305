def averager():
    count, mean = 0, None
    while (number := (yield)) is not None:
        count += 1
        mean = float(number) if mean is None else mean + (number - mean) / count
    return mean


def grouper(results, key):
    while True:
        sub = averager()  # not primed here: yield from primes it
        average = yield from sub
        print("group done:", key, average)
        results[key] = average
