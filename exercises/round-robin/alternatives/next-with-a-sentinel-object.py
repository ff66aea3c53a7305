from collections import deque

_DONE = object()


def run_round_robin(tasks):
    queue = deque(tasks)
    trace: list[str] = []
    while queue:
        task = queue.popleft()
        label = next(task, _DONE)
        if label is _DONE:
            continue
        trace.append(label)
        queue.append(task)
    return trace
