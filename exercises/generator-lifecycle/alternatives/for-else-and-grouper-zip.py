from inspect import getgeneratorstate


def drive(gen, values):
    states = [getgeneratorstate(gen)]
    returned = None
    try:
        gen.send(None)
    except StopIteration as stop:
        states.append(getgeneratorstate(gen))
        return states, stop.value
    states.append(getgeneratorstate(gen))
    for value in values:
        try:
            gen.send(value)
        except StopIteration as stop:
            returned = stop.value
            states.append(getgeneratorstate(gen))
            break
        states.append(getgeneratorstate(gen))
    else:
        gen.close()
        states.append(getgeneratorstate(gen))
    return states, returned


def pairs(iterable):
    yield from zip(*[iter(iterable)] * 2)
