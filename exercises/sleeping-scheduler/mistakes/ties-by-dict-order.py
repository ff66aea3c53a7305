# feedback: counts each time a task goes to sleep
import heapq


def run_with_sleeps(tasks):
    position = {name: index for index, name in enumerate(tasks)}
    due = [(0, position[name], name) for name in tasks]
    heapq.heapify(due)
    started = set()
    trace = []
    while due:
        clock, _, name = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            continue
        started.add(name)
        heapq.heappush(due, (clock + delay, position[name], name))
    return trace
