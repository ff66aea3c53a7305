from typing import Generator


def undo(history: list[int]) -> int:
    return history.pop() if history else 0


def totaller() -> Generator[int, int, None]:
    history: list[int] = []
    total = 0
    while True:
        try:
            amount = yield total
        except ValueError as error:
            print(f"undo ({error})")
            total -= undo(history)
            continue
        history.append(amount)
        total += amount
