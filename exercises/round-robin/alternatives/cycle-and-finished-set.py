import itertools


def run_round_robin(tasks):
    trace = []
    finished = set()
    if not tasks:
        return trace
    for task in itertools.cycle(tasks):
        if len(finished) == len(tasks):
            break
        if id(task) in finished:
            continue
        try:
            trace.append(next(task))
        except StopIteration:
            finished.add(id(task))
    return trace
