from collections import deque
from collections.abc import Generator
from typing import Any

RUNNING = object()


def step(task: Generator) -> Any:
    """One next(); RUNNING while the task goes on, else its return value or the exception it raised."""
    try:
        next(task)
    except StopIteration as finished:
        return finished.value
    except Exception as error:
        return error
    return RUNNING


def run_tasks(tasks: dict[str, Generator]) -> dict[str, Any]:
    queue = deque(tasks.items())
    results: dict[str, Any] = {}
    while queue:
        name, task = queue[0]
        outcome = step(task)
        if outcome is RUNNING:
            queue.rotate(-1)
        else:
            queue.popleft()
            results[name] = outcome
            print(f"{name} is done")
    return results
