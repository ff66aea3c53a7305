import inspect
from collections.abc import Generator, Iterable, Iterator
from typing import Any


def drive(gen: Generator, values: list) -> tuple[list[str], Any]:
    states: list[str] = [inspect.getgeneratorstate(gen)]
    steps = [None, *values]  # the first step is the priming: send(None) is next()
    for value in steps:
        try:
            gen.send(value)
        except StopIteration as stop:
            states.append(inspect.getgeneratorstate(gen))
            print("the generator returned", repr(stop.value))
            return states, stop.value
        states.append(inspect.getgeneratorstate(gen))
    gen.close()
    states.append(inspect.getgeneratorstate(gen))
    return states, None


def pairs(iterable: Iterable) -> Iterator[tuple]:
    previous = None
    for index, item in enumerate(iterable):
        if index % 2 == 0:
            previous = item
        else:
            yield previous, item
