# feedback: the trace stops early
from collections import deque
import inspect


def run_round_robin(tasks):
    queue = deque(tasks)
    trace = []
    while queue:
        task = queue.popleft()
        if inspect.getgeneratorstate(task) == inspect.GEN_CLOSED:
            continue
        try:
            trace.append(next(task))
            queue.append(task)
        except StopIteration:
            pass
    return trace[:-1]
