# feedback: Catch StopIteration around that call
from collections import deque


def run_round_robin(tasks):
    trace = [next(task) for task in tasks]   # first round
    queue = deque(tasks)
    while queue:
        task = queue.popleft()
        try:
            trace.append(next(task))
        except StopIteration:
            continue
        queue.append(task)
    return trace
