# feedback: keep a virtual clock
import time
from collections import deque


def run_with_sleeps(tasks):
    clock = 0
    queue = deque(tasks.items())
    started = set()
    trace = []
    while queue:
        name, task = queue.popleft()
        trace.append((clock, name))
        try:
            delay = task.send(clock) if name in started else next(task)
        except StopIteration:
            continue
        started.add(name)
        time.sleep(delay)
        clock += delay
        queue.append((name, task))
    return trace
