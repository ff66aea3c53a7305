from collections.abc import Generator
from itertools import count


def averager() -> Generator[float | None, float, None]:
    """Keeps only the mean so far: each new number moves it 1/n of the way."""
    mean = None
    for n in count(1):
        number = yield mean
        mean = float(number) if mean is None else mean + (number - mean) / n
