from collections import deque


def run_tasks(tasks):
    """Run the tasks round-robin; return {name: return value or the exception it raised}."""
    queue = deque(tasks.items())
    results = {}
    while queue:
        name, task = queue.popleft()
        try:
            next(task)
        except StopIteration as finished:
            results[name] = finished.value
        except Exception as error:
            results[name] = error
        else:
            queue.append((name, task))
    return results
