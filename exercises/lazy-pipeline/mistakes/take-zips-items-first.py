# feedback: pulls from its arguments left to right
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
    for item, _ in zip(items, range(n)):
        yield item
