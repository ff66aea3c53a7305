# feedback: A StopIteration escaped from your code
import inspect


def drive(gen, values):
    states = [inspect.getgeneratorstate(gen)]
    next(gen)
    states.append(inspect.getgeneratorstate(gen))
    try:
        for value in values:
            gen.send(value)
            states.append(inspect.getgeneratorstate(gen))
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

