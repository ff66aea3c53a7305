# feedback: take stopped at the None
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
    it = iter(items)
    for item in iter(it.__next__, None):
        if n == 0:
            return
        yield item
        n -= 1
