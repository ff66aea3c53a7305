# feedback: instead of reading the whole iterable first
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


def pairs(iterable):
    items = list(iterable)
    for i in range(0, len(items) - 1, 2):
        yield items[i], items[i + 1]
