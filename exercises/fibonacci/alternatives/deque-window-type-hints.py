from collections import deque
from typing import Iterator

def fibonacci() -> Iterator[int]:
    """Endless Fibonacci numbers, keeping a window of the last two."""
    window = deque([0, 1], maxlen=2)
    while True:
        yield window[0]
        window.append(window[0] + window[1])
