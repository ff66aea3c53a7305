# feedback: a task that just ends should give None
from collections import deque


def run_tasks(tasks):
    queue = deque(tasks.items())
    results = {}
    while queue:
        name, task = queue.popleft()
        try:
            next(task)
        except StopIteration as finished:
            if finished.value is not None:
                results[name] = finished.value
        except Exception as error:
            results[name] = error
        else:
            queue.append((name, task))
    return results
