import inspect
from inspect import getgeneratorstate as state_of


def drive(gen, values):
    states = [state_of(gen)]
    returned = None
    finished = False
    try:
        next(gen)
    except StopIteration as stop:
        finished, returned = True, stop.value
    states.append(state_of(gen))
    remaining = iter(values)
    while not finished:
        value = next(remaining, StopIteration)  # a marker: StopIteration the class is never a value sent here
        if value is StopIteration:
            break
        try:
            gen.send(value)
        except StopIteration as stop:
            finished, returned = True, stop.value
        states.append(state_of(gen))
    if not finished:
        gen.close()
        states.append(state_of(gen))
    return states, returned


def pairs(iterable):
    items = iter(iterable)
    yield from zip(items, items)  # zip pulls a, then b, from the same iterator
