# feedback: drive went on after the generator had finished
import inspect


def drive(gen, values):
    states = [inspect.getgeneratorstate(gen)]
    try:
        next(gen)
        states.append(inspect.getgeneratorstate(gen))
    except StopIteration as stop:
        states.append(inspect.getgeneratorstate(gen))
        return states, stop.value
    returned = None
    for value in values:
        try:
            gen.send(value)
        except StopIteration as stop:
            returned = stop.value
        states.append(inspect.getgeneratorstate(gen))
    if returned is not None:
        return states, returned
    gen.close()
    states.append(inspect.getgeneratorstate(gen))
    return states, None


def pairs(iterable):
    items = iter(iterable)
    while True:
        try:
            first = next(items)
            second = next(items)
        except StopIteration:
            return  # PEP 479: a StopIteration must not escape the generator
        yield first, second
