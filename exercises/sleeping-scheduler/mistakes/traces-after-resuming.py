# feedback: the resume in which each task finished is missing
import heapq
from itertools import count


def run_with_sleeps(tasks):
    arrival = count()
    due = [(0, next(arrival), name) for name in tasks]
    started = set()
    trace = []
    while due:
        clock, _, name = heapq.heappop(due)
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            continue
        trace.append((clock, name))
        started.add(name)
        heapq.heappush(due, (clock + delay, next(arrival), name))
    return trace
