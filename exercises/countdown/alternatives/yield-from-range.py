def countdown(n: int):
    """Hand the counting to range, one value per request."""
    yield from range(n, 0, -1)
