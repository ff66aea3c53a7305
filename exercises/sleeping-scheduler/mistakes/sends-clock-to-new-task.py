# feedback: a just-started generator only accepts None
import heapq
from itertools import count


def run_with_sleeps(tasks):
    arrival = count()
    due = [(0, next(arrival), name) for name in tasks]
    heapq.heapify(due)
    trace = []
    while due:
        clock, _, name = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock)
        except StopIteration:
            continue
        heapq.heappush(due, (clock + delay, next(arrival), name))
    return trace
