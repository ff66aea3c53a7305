# feedback: a default argument
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def evens(numbers):
    for number in numbers:
        if number % 2 == 0:
            yield number


def take(n, items, taken=[]):
    for item in items:
        if len(taken) == n:
            return
        taken.append(item)
        yield item
