# feedback: take pulled far more values than it needed
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
    yield from list(items)[:n]
