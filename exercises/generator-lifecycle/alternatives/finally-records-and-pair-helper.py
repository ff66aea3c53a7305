import inspect


def send_all(gen, values, states):
    """Send values one by one; return the StopIteration value, or the marker when values ran out first."""
    for value in values:
        try:
            gen.send(value)
        finally:
            states.append(inspect.getgeneratorstate(gen))
    return "unfinished"


def drive(gen, values):
    states = [inspect.getgeneratorstate(gen)]
    try:
        send_all(gen, [None], states)
        send_all(gen, values, states)
    except StopIteration as finished:
        return states, finished.value
    gen.close()
    states.append(inspect.getgeneratorstate(gen))
    return states, None


def next_pair(items):
    first = next(items)
    return first, next(items)


def pairs(iterable):
    items = iter(iterable)
    while True:
        try:
            pair = next_pair(items)
        except StopIteration:
            return
        yield pair
