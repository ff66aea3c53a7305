from typing import Generator, NoReturn


def totaller() -> Generator[float, float, NoReturn]:
    history: list[float] = []
    try:
        while True:
            try:
                history.append((yield sum(history)))
            except ValueError:
                if history:
                    history.pop()
    finally:
        print("totaller finished with", history)
