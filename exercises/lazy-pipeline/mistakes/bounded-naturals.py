# feedback: naturals() should go on forever
def naturals():
    for n in range(1, 101):
        yield n


def evens(numbers):
    for number in numbers:
        if number % 2 == 0:
            yield number


def take(n, items):
    for count, item in enumerate(items):
        if count == n:
            return
        yield item
