from typing import Iterator

def countdown(n: int) -> Iterator[int]:
    """Count down from n to 1."""
    current = n
    while True:
        if current < 1:
            return
        print("yielding", current)
        yield current
        current = current - 1
