# feedback: got a deque
from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = deque()
    while queue:
        task = queue.popleft()
        try:
            trace.append(next(task))
        except StopIteration:
            continue
        queue.append(task)
    return trace
