# feedback: only StopIteration ends it
import heapq
from itertools import count


def run_with_sleeps(tasks):
    arrival = count()
    due = [(0, next(arrival), name) for name in tasks]
    heapq.heapify(due)
    started = set()
    trace = []
    while due:
        clock, _, name = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            continue
        started.add(name)
        if delay:
            heapq.heappush(due, (clock + delay, next(arrival), name))
    return trace
