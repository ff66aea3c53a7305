def countdown(n):
    """Recursive: yield n, then delegate the rest."""
    if n > 0:
        yield n
        yield from countdown(n - 1)
