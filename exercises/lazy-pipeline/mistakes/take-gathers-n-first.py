# feedback: not gather all n first
from itertools import islice


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
    first_n = list(islice(items, n))  # reads all n values before handing on the first
    yield from first_n
