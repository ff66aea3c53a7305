import inspect


def drive(gen, values):
    states = [inspect.getgeneratorstate(gen)]
    try:
        next(gen)
        states.append(inspect.getgeneratorstate(gen))
        for value in values:
            gen.send(value)
            states.append(inspect.getgeneratorstate(gen))
    except StopIteration as stop:
        states.append(inspect.getgeneratorstate(gen))
        return states, stop.value
    gen.close()
    states.append(inspect.getgeneratorstate(gen))
    return states, None


_EMPTY = object()


def pairs(iterable):
    pending = _EMPTY
    for item in iterable:
        if pending is _EMPTY:
            pending = item
        else:
            yield (pending, item)
            pending = _EMPTY
