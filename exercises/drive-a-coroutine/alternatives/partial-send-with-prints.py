from collections.abc import Coroutine
from functools import partial
from typing import Any


def drive(coro: Coroutine[Any, Any, Any]) -> tuple[Any, list[Any]]:
    resume = partial(coro.send, None)
    messages: list[Any] = []
    while True:
        try:
            message = resume()
        except StopIteration as done:
            print(f"finished with {done.value!r} after {len(messages)} suspensions")
            return done.value, messages
        print(f"suspended with {message!r}")
        messages.append(message)
