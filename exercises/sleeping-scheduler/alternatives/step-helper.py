import heapq
import itertools


def run_with_sleeps(tasks):
    tick = itertools.count()
    due = [(0, next(tick), name, False) for name in tasks]
    heapq.heapify(due)
    return step(tasks, due, tick, [])


def step(tasks, due, tick, trace):
    while due:
        clock, _, name, started = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock) if started else next(tasks[name])
        except StopIteration:
            continue
        heapq.heappush(due, (clock + delay, next(tick), name, True))
    return trace
