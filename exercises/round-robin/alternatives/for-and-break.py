from collections import deque


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        for label in task:  # takes exactly one step; an exhausted task skips the body
            trace.append(label)
            queue.append(task)
            break
    return trace
