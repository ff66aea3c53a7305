# feedback: Do not put a crashed task back in the queue
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
            continue
        except Exception as error:
            results[name] = error
        queue.append((name, task))
    return results
