# feedback: such a StopIteration has no args
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
        return states, stop.args[0]
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
