from typing import Any, Generator


def echo() -> Generator[Any, Any, None]:
    answer = None
    try:
        while True:
            message = yield answer
            answer = message
    finally:
        print("echo closed")


def primed_echo() -> Generator[Any, Any, None]:
    e = echo()
    first = next(e)
    assert first is None
    return e
