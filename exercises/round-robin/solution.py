from collections import deque


def run_round_robin(tasks):
    """Advance each task one step in turn until all are finished; return the labels they yielded, in order."""
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        try:
            label = next(task)
        except StopIteration:
            continue
        trace.append(label)
        queue.append(task)
    return trace
