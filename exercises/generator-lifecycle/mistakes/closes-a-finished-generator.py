# feedback: close only a generator that is still suspended
import inspect


def drive(gen, values):
    states = [inspect.getgeneratorstate(gen)]
    returned = None
    try:
        next(gen)
        states.append(inspect.getgeneratorstate(gen))
        for value in values:
            gen.send(value)
            states.append(inspect.getgeneratorstate(gen))
    except StopIteration as stop:
        states.append(inspect.getgeneratorstate(gen))
        returned = stop.value
    gen.close()
    states.append(inspect.getgeneratorstate(gen))
    return states, returned



def pairs(iterable):
    items = iter(iterable)
    while True:
        try:
            first = next(items)
            second = next(items)
        except StopIteration:
            return  # PEP 479: a StopIteration must not escape the generator
        yield first, second
