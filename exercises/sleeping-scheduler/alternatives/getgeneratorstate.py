import heapq
import inspect
from itertools import count


def run_with_sleeps(tasks):
    ticket = count()
    heap = []
    for name, task in tasks.items():
        heapq.heappush(heap, (0, next(ticket), name, task))
    trace = []
    while heap:
        clock, _, name, task = heapq.heappop(heap)
        trace.append((clock, name))
        try:
            if inspect.getgeneratorstate(task) == inspect.GEN_CREATED:
                delay = next(task)
            else:
                delay = task.send(clock)
        except StopIteration:
            continue
        heapq.heappush(heap, (clock + delay, next(ticket), name, task))
    return trace
