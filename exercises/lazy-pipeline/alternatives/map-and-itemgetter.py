import itertools
import operator


def naturals():
    return map(operator.add, itertools.count(), itertools.repeat(1))


def evens(numbers):
    return (n for n in numbers if n % 2 == 0)


def take(n, items):
    return map(operator.itemgetter(1), zip(range(n), items))
