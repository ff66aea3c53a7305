# feedback: A finished task must not go back in the queue
from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        try:
            trace.append(next(task))
        except StopIteration:
            pass
        queue.append(task)
    return trace
