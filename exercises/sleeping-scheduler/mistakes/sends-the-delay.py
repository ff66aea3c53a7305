# feedback: task.send(clock)
import heapq
from itertools import count


def run_with_sleeps(tasks):
    arrival = count()
    due = [(0, next(arrival), name, 0) for name in tasks]
    started = set()
    trace = []
    while due:
        clock, _, name, slept = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(slept) if name in started else next(tasks[name])
        except StopIteration:
            continue
        started.add(name)
        heapq.heappush(due, (clock + delay, next(arrival), name, delay))
    return trace
