# feedback: so that it works on an endless source
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def evens(numbers):
    return [number for number in numbers if number % 2 == 0]


def take(n, items):
    for count, item in enumerate(items):
        if count == n:
            return
        yield item
