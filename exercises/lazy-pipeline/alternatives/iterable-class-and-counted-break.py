class Naturals:
    def __iter__(self):
        n = 1
        while True:
            yield n
            n += 1


def naturals():
    return iter(Naturals())


def evens(numbers):
    print("evens starts")
    for number in numbers:
        if not number % 2:
            yield number


def take(n: int, items):
    if not n > 0:
        return
    counted = 0
    for item in items:
        counted += 1
        yield item
        if counted >= n:
            break
