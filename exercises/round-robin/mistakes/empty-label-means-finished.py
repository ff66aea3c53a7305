# feedback: an empty label is still a label
from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        label = next(task, None)
        if not label:
            continue
        trace.append(label)
        queue.append(task)
    return trace
