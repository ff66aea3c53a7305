from functools import lru_cache
from itertools import count


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fibonacci():
    for n in count():
        yield fib(n)
