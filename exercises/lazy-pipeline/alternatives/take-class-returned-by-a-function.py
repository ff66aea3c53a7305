class Take:
    """take as an iterator class that keeps its own count."""

    def __init__(self, n, items):
        self.n = n
        self.items = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        try:
            return next(self.items)
        except StopIteration:
            self.n = 0
            raise


def take(n, items):
    return Take(n, items)


def naturals():
    import itertools
    return itertools.count(1)


def evens(numbers):
    return filter(lambda x: x % 2 == 0, numbers)
