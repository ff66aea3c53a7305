# feedback: one more than it yielded: after yielding the 5th
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
        if n == 0:
            break
        yield item
        n -= 1
