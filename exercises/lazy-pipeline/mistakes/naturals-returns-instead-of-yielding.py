# feedback: A return hands back one value
def naturals():
    n = 1
    while True:
        return n
        n += 1


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

