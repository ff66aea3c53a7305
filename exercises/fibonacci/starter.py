def fibonacci():
    """Yield 0, 1, 1, 2, 3, 5, 8, ... forever."""
    a, b = 0, 1
    # TODO: loop forever: yield a, then move both numbers one step along the sequence.
    raise NotImplementedError("fibonacci is not written yet")
