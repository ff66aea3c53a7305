import itertools


def averager():
    numbers = []
    while True:
        number = yield
        if number is None:
            return sum(numbers) / len(numbers) if numbers else None
        numbers.append(number)


def grouper(results, key):
    for round_number in itertools.count(1):
        results.update({key: (yield from averager())})
