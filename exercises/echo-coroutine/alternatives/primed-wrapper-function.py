import functools


def primed(make):
    @functools.wraps(make)
    def wrapper(*args, **kwargs):
        gen = make(*args, **kwargs)
        next(gen)
        return gen
    return wrapper


def echo():
    value = yield
    while True:
        value = yield value


primed_echo = primed(echo)
