from collections.abc import Coroutine
from typing import Any

FINISHED = object()


def step(coro: Coroutine) -> tuple[object, Any]:
    """Resume once: (FINISHED, return value) when it ends, else (the message, None)."""
    try:
        return coro.send(None), None
    except StopIteration as stop:
        return FINISHED, stop.value


def drive(coro: Coroutine) -> tuple[Any, list]:
    messages: list = []
    while True:
        message, value = step(coro)
        if message is FINISHED:
            return value, messages
        print("suspended with", message)
        messages.append(message)
