# feedback: first come, first served
import heapq


def run_with_sleeps(tasks):
    due = [(0, name) for name in tasks]
    heapq.heapify(due)
    started = set()
    trace = []
    while due:
        clock, name = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            continue
        started.add(name)
        heapq.heappush(due, (clock + delay, name))
    return trace
