# feedback: 0 and '' are return values like any other
from collections import deque


def run_tasks(tasks):
    queue = deque(tasks.items())
    results = {}
    while queue:
        name, task = queue.popleft()
        try:
            next(task)
        except StopIteration as finished:
            results[name] = finished.value or None
        except Exception as error:
            results[name] = error
        else:
            queue.append((name, task))
    return results
