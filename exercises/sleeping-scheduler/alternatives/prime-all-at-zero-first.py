import heapq
import itertools


def run_with_sleeps(tasks):
    trace = []
    ticket = itertools.count()
    heap = []
    for name, task in tasks.items():
        trace.append((0, name))
        try:
            heapq.heappush(heap, (next(task), next(ticket), name))
        except StopIteration:
            pass
    while heap:
        clock, _, name = heapq.heappop(heap)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock)
        except StopIteration:
            continue
        heapq.heappush(heap, (clock + delay, next(ticket), name))
    return trace
