# feedback: recorded more states than it made steps
import inspect


def drive(gen, values):
    states = [inspect.getgeneratorstate(gen)]
    try:
        next(gen)
        states.append(inspect.getgeneratorstate(gen))
        for value in values:
            states.append(inspect.getgeneratorstate(gen))
            gen.send(value)
    except StopIteration as stop:
        states.append(inspect.getgeneratorstate(gen))
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

