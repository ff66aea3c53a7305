import inspect


def drive(gen, values):
    states = []
    states.append(inspect.getgeneratorstate(gen))
    try:
        gen.send(None)
    except StopIteration as finished:
        states.append(inspect.getgeneratorstate(gen))
        return states, finished.value
    states.append(inspect.getgeneratorstate(gen))
    i = 0
    while i < len(values):
        try:
            gen.send(values[i])
        except StopIteration as finished:
            states.append(inspect.getgeneratorstate(gen))
            print("finished with", finished.value)
            return states, finished.value
        states.append(inspect.getgeneratorstate(gen))
        i += 1
    gen.close()
    states.append(inspect.getgeneratorstate(gen))
    return states, None


def pairs(iterable):
    iterator = iter(iterable)
    while True:
        try:
            a = next(iterator)
        except StopIteration:
            return
        try:
            b = next(iterator)
        except StopIteration:
            return
        yield a, b
