from itertools import accumulate, compress, repeat, tee


def naturals():
    return accumulate(repeat(1))


def evens(numbers):
    values, tests = tee(numbers)
    return compress(values, (value % 2 == 0 for value in tests))


def take(n, items):
    it = iter(items)
    try:
        for _ in range(n):
            yield next(it)
    except StopIteration:
        return
