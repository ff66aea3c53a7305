from typing import Any, Coroutine


def drive(coro: Coroutine) -> tuple[Any, list]:
    """Step the coroutine's await-iterator by hand: next() on it is send(None)."""
    steps = coro.__await__()
    messages: list = []
    while True:
        try:
            messages.append(steps.send(None))
        except StopIteration as stop:
            return (stop.value, messages)
