import itertools

def naturals():
    yield from itertools.count(1)

def evens(numbers):
    return (x for x in numbers if x % 2 == 0)

def take(n, items):
    it = iter(items)
    for _ in range(n):
        for item in it:
            yield item
            break
        else:
            return
