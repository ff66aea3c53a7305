# feedback: the loop ended too soon
import heapq
from itertools import count


def run_with_sleeps(tasks):
    counter = count()
    due = [(0, next(counter), name) for name in tasks]
    started = set()
    trace = []
    while len(due) > 1:
        clock, _, name = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            continue
        started.add(name)
        heapq.heappush(due, (clock + delay, next(counter), name))
    return trace
