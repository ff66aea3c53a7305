from bisect import insort
from itertools import count


def run_with_sleeps(tasks):
    clock = 0
    order = count()
    due = sorted((0, next(order), name) for name in tasks)  # kept sorted by (wake-up, arrival)
    fresh = set(tasks)
    trace = []
    while due:
        clock, _, name = due.pop(0)
        trace.append((clock, name))
        task = tasks[name]
        try:
            if name in fresh:
                fresh.discard(name)
                delay = task.send(None)
            else:
                delay = task.send(clock)
        except StopIteration:
            continue
        insort(due, (clock + delay, next(order), name))
    return trace
