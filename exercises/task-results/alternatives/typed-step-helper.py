from collections import deque
from typing import Any, Generator, Tuple

Outcome = Tuple[bool, Any]


def step(task: Generator) -> Outcome:
    """Advance task once; (True, result) when it is done, (False, None) when it only paused."""
    try:
        next(task)
    except StopIteration as stop:
        return True, stop.value
    except Exception as exc:  # a crash is a result too
        return True, exc
    return False, None


def run_tasks(tasks: dict) -> dict:
    pending = deque(tasks)
    results = {}
    while pending:
        name = pending.popleft()
        done, value = step(tasks[name])
        if done:
            results[name] = value
        else:
            pending.append(name)
    return results
