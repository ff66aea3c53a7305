# feedback: each task ran to the end before the next started
from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        try:
            trace.append(next(task))
        except StopIteration:
            continue
        queue.appendleft(task)
    return trace
