# feedback: take turns one step at a time
from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        try:
            trace.append(next(task))
            trace.append(next(task))
        except StopIteration:
            continue
        queue.append(task)
    return trace
