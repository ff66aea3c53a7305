from statistics import fmean


def averager():
    numbers = []
    while (number := (yield)) is not None:
        numbers.append(number)
    return fmean(numbers) if numbers else None


def grouper(results, key):
    while True:
        average = yield from averager()
        results[key] = average
