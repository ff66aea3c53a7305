def countdown(n):
    """Yield n, n - 1, ..., 1, one value each time the caller asks for the next one."""
    # TODO: loop while n is above zero, yield n, then make n one smaller.
    raise NotImplementedError("countdown is not written yet")
