import inspect


def drive(gen, values):
    states = []
    record = lambda: states.append(inspect.getgeneratorstate(gen))
    record()
    queue = list(values)
    try:
        gen.send(None)  # priming with send(None) is the same as next()
        record()
        while queue:
            gen.send(queue.pop(0))
            record()
    except StopIteration as stop:
        record()
        return (states, stop.value)
    gen.close()
    record()
    return (states, None)


def pairs(iterable):
    source = iter(iterable)
    while True:
        try:
            pair = (next(source), next(source))
        except StopIteration:
            break
        yield pair
