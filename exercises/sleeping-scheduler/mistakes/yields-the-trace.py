# feedback: run_with_sleeps is itself a generator function
import heapq
from itertools import count


def run_with_sleeps(tasks):
    arrival = count()
    due = [(0, next(arrival), name) for name in tasks]
    started = set()
    while due:
        clock, _, name = heapq.heappop(due)
        yield (clock, name)
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            continue
        started.add(name)
        heapq.heappush(due, (clock + delay, next(arrival), name))
