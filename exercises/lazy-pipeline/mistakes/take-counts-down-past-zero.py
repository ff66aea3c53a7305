# feedback: take(0, ...) pulled far more
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
    for item in items:
        n -= 1
        yield item
        if n == 0:
            return
