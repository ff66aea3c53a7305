def naturals():
    n = 0
    while 1:
        n += 1
        yield n


def evens(numbers):
    numbers = iter(numbers)
    while True:
        for number in numbers:
            if number % 2 == 0:
                break
        else:
            return
        yield number


def take(n, items):
    left = n
    items = iter(items)
    while left > 0:
        left -= 1
        for item in items:
            yield item
            break
        else:
            break
