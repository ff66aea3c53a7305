# feedback: take sliced or indexed its source
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
    yield from items[:n]
