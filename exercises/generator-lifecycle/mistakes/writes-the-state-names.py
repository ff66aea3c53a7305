# feedback: never calls it
import inspect


def drive(gen, values):
    states = ["GEN_CREATED"]
    try:
        next(gen)
        states.append("GEN_SUSPENDED")
        for value in values:
            gen.send(value)
            states.append("GEN_SUSPENDED")
    except StopIteration as stop:
        states.append("GEN_CLOSED")
        return states, stop.value
    gen.close()
    states.append("GEN_CLOSED")
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
