# feedback: not only one kind
from collections import deque


def run_tasks(tasks):
    queue = deque(tasks.items())
    results = {}
    while queue:
        name, task = queue.popleft()
        try:
            next(task)
        except StopIteration as finished:
            results[name] = finished.value
        except ValueError as error:
            results[name] = error
        else:
            queue.append((name, task))
    return results
