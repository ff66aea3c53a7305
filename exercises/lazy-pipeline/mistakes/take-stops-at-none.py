# feedback: None, 0 and '' are values like any other
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
    source = iter(items)
    for _ in range(n):
        item = next(source, None)
        if not item:
            return
        yield item
