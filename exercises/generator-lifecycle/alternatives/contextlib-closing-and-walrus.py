import inspect
from contextlib import closing


def drive(gen, values):
    states = [inspect.getgeneratorstate(gen)]
    with closing(gen):
        try:
            next(gen)
            states.append(inspect.getgeneratorstate(gen))
            for value in values:
                gen.send(value)
                states.append(inspect.getgeneratorstate(gen))
        except StopIteration as stop:
            states.append(inspect.getgeneratorstate(gen))
            return states, stop.value
    # closing() called gen.close() on the way out of the with block
    states.append(inspect.getgeneratorstate(gen))
    return states, None


_NOTHING = object()


def pairs(iterable):
    iterator = iter(iterable)
    while (first := next(iterator, _NOTHING)) is not _NOTHING:
        second = next(iterator, _NOTHING)
        if second is _NOTHING:
            break
        yield first, second
