# feedback: drop out without recording anything
from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        label = next(task, None)
        trace.append(label)
        if label is not None:
            queue.append(task)
    return trace
