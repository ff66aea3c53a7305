# feedback: recorded only when it changed
import inspect


def drive(gen, values):
    states = []

    def record():
        state = inspect.getgeneratorstate(gen)
        if not states or states[-1] != state:
            states.append(state)

    record()
    try:
        next(gen)
        record()
        for value in values:
            gen.send(value)
            record()
    except StopIteration as stop:
        record()
        return states, stop.value
    gen.close()
    record()
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

