from collections import deque
from collections.abc import Generator, Iterator


def labels(tasks: list[Iterator[str]]) -> Generator[str, None, None]:
    queue = deque(tasks)
    while queue:
        task = queue.popleft()
        for label in task:     # take one step only
            yield label
            queue.append(task)
            break


def run_round_robin(tasks: list[Iterator[str]]) -> list[str]:
    return list(labels(tasks))
