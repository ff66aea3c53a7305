# feedback: take yielded one islice holding the values
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def evens(numbers):
    for number in numbers:
        if number % 2 == 0:
            yield number


def take(n, items):
    from itertools import islice
    yield islice(items, n)
