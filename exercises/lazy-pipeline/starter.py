def naturals():
    """Yield 1, 2, 3, ... forever."""
    # TODO: count upwards in an endless loop.
    raise NotImplementedError("naturals is not written yet")


def evens(numbers):
    """Yield the even values of numbers, one at a time."""
    # TODO: loop over numbers and yield the even ones.
    raise NotImplementedError("evens is not written yet")


def take(n, items):
    """Yield the first n values of items, then stop."""
    # TODO: yield values from items until you have yielded n of them.
    raise NotImplementedError("take is not written yet")
