from typing import Any, Generator


def echo() -> Generator[Any, Any, None]:
    """Send me anything, I send it back."""
    reply = None
    while True:
        incoming = yield reply
        print(f"echo received {incoming!r}")
        reply = incoming


def primed_echo() -> Generator[Any, Any, None]:
    gen = echo()
    assert next(gen) is None
    return gen
