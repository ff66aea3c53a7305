def naturals():
    current = 0
    while True:
        current = current + 1
        yield current


def evens(numbers):
    iterator = iter(numbers)
    while True:
        try:
            number = next(iterator)
        except StopIteration:
            return
        if number % 2 == 0:
            print("found an even number:", number) if number < 3 else None
            yield number


def take(n, items):
    iterator = iter(items)
    given = 0
    while given < n:
        try:
            item = next(iterator)
        except StopIteration:
            break
        yield item
        given += 1
