# feedback: PEP 479
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def evens(numbers):
    it = iter(numbers)
    number = next(it)
    while True:
        if number % 2 == 0:
            yield number
        number = next(it)


def take(n, items):
    if n <= 0:
        return
    for count, item in enumerate(items, start=1):
        yield item
        if count == n:
            return

