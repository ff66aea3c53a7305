from itertools import count


def naturals():
    yield from count(1)


def evens(numbers):
    return (number for number in numbers if not number & 1)


def take(n, items):
    # zip asks range first, so once range is used up it never pulls from items again
    for _, item in zip(range(n), items):
        yield item
