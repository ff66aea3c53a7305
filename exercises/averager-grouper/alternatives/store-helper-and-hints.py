from collections.abc import Generator


def averager() -> Generator[None, float | None, float | None]:
    total, count = 0.0, 0
    while True:
        number = yield
        if number is None:
            return total / count if count else None
        total += number
        count += 1


def store(results: dict, key: str, average: float | None) -> None:
    print(f"{key}: {average}")
    results[key] = average


def grouper(results: dict, key: str) -> Generator[None, float | None, None]:
    while True:
        store(results, key, (yield from averager()))
