import itertools
import math
from typing import Generator, Optional

Averager = Generator[None, Optional[float], Optional[float]]


def averager() -> Averager:
    """Collect numbers until None arrives, then return their mean."""
    seen: list[float] = []
    while (number := (yield)) is not None:
        seen.append(number)
    return math.fsum(seen) / len(seen) if seen else None


def grouper(results: dict, key: str) -> Generator[None, Optional[float], None]:
    for round_number in itertools.count(1):
        results[key] = yield from averager()
        print(f"group {round_number} for {key!r} done: {results[key]}")
