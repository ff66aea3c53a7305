# feedback: The last state, GEN_CLOSED, is missing
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
        return states, stop.value
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
            return
        yield first, second

