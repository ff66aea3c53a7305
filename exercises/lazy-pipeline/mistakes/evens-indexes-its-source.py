# feedback: evens indexed its source
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def evens(numbers):
    i = 0
    while True:
        if numbers[i] % 2 == 0:
            yield numbers[i]
        i += 1
        if i == len(numbers):
            return


def take(n, items):
    if n <= 0:
        return
    for count, item in enumerate(items, start=1):
        yield item
        if count == n:
            return

