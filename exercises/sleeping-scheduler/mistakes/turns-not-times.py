# feedback: earliest wake-up time
from collections import deque


def run_with_sleeps(tasks):
    queue = deque((0, name, task) for name, task in tasks.items())
    started = set()
    trace = []
    while queue:
        clock, name, task = queue.popleft()
        trace.append((clock, name))
        try:
            delay = task.send(clock) if name in started else next(task)
        except StopIteration:
            continue
        started.add(name)
        queue.append((clock + delay, name, task))
    return trace
