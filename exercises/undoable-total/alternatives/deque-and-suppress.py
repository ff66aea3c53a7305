from collections import deque
from contextlib import suppress


def undo_last(amounts: deque) -> None:
    with suppress(IndexError):  # nothing left to undo: the total stays as it is
        amounts.pop()


def totaller():
    amounts: deque[int] = deque()
    reply = sum(amounts)
    while True:
        try:
            amounts.append((yield reply))
        except ValueError as mistake:
            print("undoing because:", mistake)
            undo_last(amounts)
        reply = sum(amounts)
