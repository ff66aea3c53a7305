# feedback: stop quietly when the source runs out
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
    iterator = iter(items)
    for _ in range(n):
        yield next(iterator)
