# feedback: keyed by the names in the tasks dict
from collections import deque

def run_tasks(tasks):
    queue = deque(tasks.values())
    results = {}
    while queue:
        task = queue.popleft()
        try:
            next(task)
        except StopIteration as stop:
            results[task.__name__] = stop.value
        except Exception as error:
            results[task.__name__] = error
        else:
            queue.append(task)
    return results
