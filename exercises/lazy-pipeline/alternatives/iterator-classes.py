class naturals:
    """1, 2, 3, ... as an iterator class: each __next__ computes one more."""

    def __init__(self):
        self.current = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.current += 1
        return self.current


class evens:
    def __init__(self, numbers):
        self.numbers = iter(numbers)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            number = next(self.numbers)  # StopIteration here simply ends this iterator too
            if number % 2 == 0:
                return number


class take:
    def __init__(self, n, items):
        self.left = n
        self.items = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        if self.left <= 0:
            raise StopIteration
        self.left -= 1
        return next(self.items)
