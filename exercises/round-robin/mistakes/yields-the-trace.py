# feedback: run_round_robin is itself a generator function
from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    while queue:
        task = queue.popleft()
        try:
            label = next(task)
        except StopIteration:
            continue
        yield label
        queue.append(task)
