from collections import deque


def flatten(items):
    pending = deque(items)
    while pending:
        item = pending.popleft()
        if isinstance(item, list):
            pending.extendleft(reversed(item))
        else:
            yield item
