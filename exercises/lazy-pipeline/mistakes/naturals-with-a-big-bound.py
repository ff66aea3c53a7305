# feedback: an upper bound, however large, is still an end
def naturals():
    yield from range(1, 1_000_000)


def evens(numbers):
    for number in numbers:
        if number % 2 == 0:
            yield number


def take(n, items):
    if n <= 0:
        return
    for count, item in enumerate(items, start=1):
        yield item
        if count == n:
            return
