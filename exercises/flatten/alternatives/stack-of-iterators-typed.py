from typing import Any, Iterator


def flatten(items: list) -> Iterator[Any]:
    """Depth-first walk with a stack of iterators (no recursion, no copies)."""
    stack = [iter(items)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
