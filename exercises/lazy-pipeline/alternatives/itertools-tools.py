import itertools


def naturals():
    return itertools.count(1)


def evens(numbers):
    return filter(lambda number: number % 2 == 0, numbers)


def take(n, items):
    return itertools.islice(items, max(n, 0))
