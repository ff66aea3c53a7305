def countdown(n):
    """Yield n, n - 1, ..., 1, one value each time the caller asks for the next one."""
    while n > 0:
        yield n
        n -= 1
