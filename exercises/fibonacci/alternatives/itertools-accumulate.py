from itertools import accumulate, repeat


def fibonacci():
    """Each step turns the pair (a, b) into (b, a + b); yield the first of every pair."""
    pairs = accumulate(repeat(None), lambda pair, _: (pair[1], pair[0] + pair[1]), initial=(0, 1))
    for first, _ in pairs:
        yield first
