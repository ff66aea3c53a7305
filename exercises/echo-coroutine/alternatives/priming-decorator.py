import functools
from collections.abc import Generator


def primed(generator_function):
    """Decorator: call the generator function and run it to its first yield."""
    @functools.wraps(generator_function)
    def start(*args, **kwargs):
        coroutine = generator_function(*args, **kwargs)
        next(coroutine)
        return coroutine
    return start


def echo() -> Generator[object, object, None]:
    received = None
    while True:
        print("echo got", repr(received))
        received = yield received


primed_echo = primed(echo)
