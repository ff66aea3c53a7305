def naturals():
    """Yield 1, 2, 3, ... forever."""
    n = 1
    while True:
        yield n
        n += 1


def evens(numbers):
    """Yield the even values of numbers, one at a time."""
    for number in numbers:
        if number % 2 == 0:
            yield number


def take(n, items):
    """Yield the first n values of items, then stop."""
    if n <= 0:
        return
    for count, item in enumerate(items, start=1):
        yield item
        if count == n:
            return
