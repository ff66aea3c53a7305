import inspect
from itertools import islice


def drive(gen, values):
    def record():
        states.append(inspect.getgeneratorstate(gen))

    states = []
    returned = None
    record()
    try:
        next(gen)
        record()
        for value in values:
            gen.send(value)
            record()
    except StopIteration as stop:
        returned = stop.value
        record()
    if inspect.getgeneratorstate(gen) == inspect.GEN_SUSPENDED:
        gen.close()
        record()
    return states, returned


def pairs(iterable):
    source = iter(iterable)
    while len(pair := tuple(islice(source, 2))) == 2:
        yield pair
