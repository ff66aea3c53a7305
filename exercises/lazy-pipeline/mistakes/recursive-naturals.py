# feedback: crashed with RecursionError
def naturals(n=1):
    yield n
    yield from naturals(n + 1)


def evens(numbers):
    for number in numbers:
        if number % 2 == 0:
            yield number


def take(n, items):
    if n <= 0:
        return
    for i, item in enumerate(items, 1):
        yield item
        if i == n:
            return
