import itertools


def naturals():
    for n in itertools.count(start=1, step=1):
        yield n


def is_even(number):
    return number % 2 == 0


def evens(numbers):
    yield from filter(is_even, numbers)


def take(n, items):
    remaining = n
    if remaining <= 0:
        return
    for item in items:
        yield item
        remaining -= 1
        if remaining == 0:
            break
