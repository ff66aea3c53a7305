# feedback: take(5, ...) returned a list
import itertools
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
    return list(itertools.islice(items, n))
