def naturals():
    i = 0
    while True:
        i = i + 1
        yield i


def evens(numbers):
    for number in numbers:
        if number % 2 != 0:
            continue
        yield number


def take(n, items):
    taken = 0
    source = iter(items)
    while taken < n:
        try:
            item = next(source)
        except StopIteration:
            print("source ran out after", taken)
            break
        yield item
        taken += 1
