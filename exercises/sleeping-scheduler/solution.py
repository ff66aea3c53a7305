import heapq
from itertools import count


def run_with_sleeps(tasks):
    """Run tasks that yield sleep delays on a virtual clock; return the list of (time, name) resumes."""
    clock = 0
    arrival = count()  # breaks ties between equal wake-up times: first come, first served
    due = [(0, next(arrival), name) for name in tasks]
    heapq.heapify(due)
    started = set()
    trace = []
    while due:
        clock, _, name = heapq.heappop(due)
        trace.append((clock, name))
        task = tasks[name]
        try:
            if name in started:
                delay = task.send(clock)
            else:
                started.add(name)
                delay = next(task)
        except StopIteration:
            continue
        heapq.heappush(due, (clock + delay, next(arrival), name))
    return trace
