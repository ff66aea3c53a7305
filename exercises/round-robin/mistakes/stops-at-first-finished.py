# feedback: keep running the others
from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        try:
            trace.append(next(task))
        except StopIteration:
            break
        queue.append(task)
    return trace
