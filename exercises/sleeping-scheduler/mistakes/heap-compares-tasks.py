# feedback: break ties with a counter
import heapq


def run_with_sleeps(tasks):
    due = [(0, task) for task in tasks.values()]
    names = {id(task): name for name, task in tasks.items()}
    heapq.heapify(due)
    started = set()
    trace = []
    while due:
        clock, task = heapq.heappop(due)
        trace.append((clock, names[id(task)]))
        try:
            delay = task.send(clock) if id(task) in started else next(task)
        except StopIteration:
            continue
        started.add(id(task))
        heapq.heappush(due, (clock + delay, task))
    return trace
