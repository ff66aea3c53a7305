# feedback: the labels of earlier calls are still at the front
from collections import deque

def run_round_robin(tasks, trace=[]):
    queue = deque(tasks)
    while queue:
        task = queue.popleft()
        try:
            label = next(task)
        except StopIteration:
            continue
        trace.append(label)
        queue.append(task)
    return trace
