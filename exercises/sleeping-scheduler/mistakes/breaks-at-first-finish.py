# feedback: the loop ended too soon
import heapq
from itertools import count


def run_with_sleeps(tasks):
    counter = count()
    due = [(0, next(counter), name) for name in tasks]
    started = set()
    trace = []
    while due:
        clock, _, name = heapq.heappop(due)
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            trace.append((clock, name))
            break
        trace.append((clock, name))
        started.add(name)
        heapq.heappush(due, (clock + delay, next(counter), name))
    return trace
