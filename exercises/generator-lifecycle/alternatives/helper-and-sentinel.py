from inspect import getgeneratorstate

_MISSING = object()


def step(gen, value, states):
    """Resume gen once; return (finished, returned)."""
    try:
        if value is _MISSING:
            next(gen)
        else:
            gen.send(value)
    except StopIteration as stop:
        states.append(getgeneratorstate(gen))
        return True, stop.value
    states.append(getgeneratorstate(gen))
    return False, None


def drive(gen, values):
    states = [getgeneratorstate(gen)]
    for value in [_MISSING, *values]:
        finished, returned = step(gen, value, states)
        if finished:
            return states, returned
    gen.close()
    states.append(getgeneratorstate(gen))
    return states, None


def pairs(iterable):
    it = iter(iterable)
    for first in it:  # a for loop over the iterator is fine for the first item of each pair
        second = next(it, _MISSING)
        if second is _MISSING:
            return
        yield (first, second)
