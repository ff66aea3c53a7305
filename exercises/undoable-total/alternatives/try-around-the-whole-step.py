from collections import deque


def totaller():
    undo_stack = deque()
    total = 0
    while True:
        try:
            amount = yield total
            undo_stack.append(amount)
            total += amount
        except ValueError as reason:
            if not undo_stack:
                print("nothing to undo:", reason)
                continue
            total -= undo_stack.pop()
