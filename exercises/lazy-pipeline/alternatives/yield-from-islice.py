from itertools import count, islice


def naturals():
    yield from count(1)


def evens(numbers):
    yield from filter(lambda n: n % 2 == 0, numbers)


def take(n, items):
    if n > 0:
        yield from islice(items, n)
