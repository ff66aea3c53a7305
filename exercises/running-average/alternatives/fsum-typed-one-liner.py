import math
from typing import Generator, Optional


def averager() -> Generator[Optional[float], float, None]:
    seen: list[float] = []
    while True:
        seen.append((yield (math.fsum(seen) / len(seen) if seen else None)))
