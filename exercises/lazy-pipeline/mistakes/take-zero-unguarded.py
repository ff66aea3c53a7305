# feedback: take(0, ...) pulled far more values than it needed
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
    for count, item in enumerate(items, start=1):
        yield item
        if count == n:
            return
