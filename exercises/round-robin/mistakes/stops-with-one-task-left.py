# feedback: the loop ends while one task is still left
from collections import deque

def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while len(queue) > 1:
        task = queue.popleft()
        try:
            trace.append(next(task))
            queue.append(task)
        except StopIteration:
            pass
    return trace
