# feedback: more than those pairs need
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
    window = []
    for item in iterable:
        window.append(item)
        if len(window) == 3:
            yield window[0], window[1]
            window = window[2:]
    if len(window) == 2:
        yield window[0], window[1]
