def fibonacci():
    """Yield the numbers in pairs: (a, b) then the next pair (a + b, a + 2b)."""
    a, b = 0, 1
    while True:
        yield a
        yield b
        a, b = a + b, a + 2 * b
