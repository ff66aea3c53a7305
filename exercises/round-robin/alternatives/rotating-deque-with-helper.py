from collections import deque
from collections.abc import Generator, Iterable


def step(task: Generator) -> tuple[bool, str | None]:
    """Advance one task by one step: (True, label) if it yielded, (False, None) if it finished."""
    try:
        return True, next(task)
    except StopIteration:
        return False, None


def run_round_robin(tasks: Iterable[Generator]) -> list[str]:
    queue = deque(tasks)
    trace: list[str] = []
    while queue:
        alive, label = step(queue[0])
        if alive:
            trace.append(label)
            queue.rotate(-1)
        else:
            queue.popleft()
    return trace
