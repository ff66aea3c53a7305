import inspect


def drive(gen, values):
    states = []
    state = lambda: inspect.getgeneratorstate(gen)
    states.append(state())
    try:
        next(gen)
    except StopIteration as stop:
        return states + [state()], stop.value
    states.append(state())
    values = iter(values)
    while state() == "GEN_SUSPENDED":
        try:
            value = next(values)
        except StopIteration:
            gen.close()
            states.append(state())
            return states, None
        try:
            gen.send(value)
        except StopIteration as stop:
            states.append(state())
            return states, stop.value
        states.append(state())


def pairs(iterable):
    it = iter(iterable)
    try:
        while True:
            a = next(it)
            b = next(it)
            yield (a, b)
    except StopIteration:
        pass  # caught inside the generator, so PEP 479 never sees it
