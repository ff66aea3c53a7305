# feedback: some task was resumed more often than it asked for
import heapq
from itertools import count


def run_with_sleeps(tasks):
    counter = count()
    trace = []
    due = []
    for name, task in tasks.items():      # start every task first
        trace.append((0, name))
        heapq.heappush(due, (next(task), next(counter), name))
    for name in tasks:                    # ... and queue them at 0 as well
        heapq.heappush(due, (0, next(counter), name))
    while due:
        clock, _, name = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock)
        except StopIteration:
            continue
        heapq.heappush(due, (clock + delay, next(counter), name))
    return trace
