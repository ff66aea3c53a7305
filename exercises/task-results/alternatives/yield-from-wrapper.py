from collections import deque


def capture(task, name, results):
    """Delegate to the task; yield from hands back its return value, try catches its crash."""
    try:
        results[name] = yield from task
    except Exception as error:
        results[name] = error


def run_tasks(tasks):
    results = {}
    queue = deque(capture(task, name, results) for name, task in tasks.items())
    while queue:
        wrapper = queue.popleft()
        try:
            next(wrapper)
        except StopIteration:
            continue
        queue.append(wrapper)
    return results
