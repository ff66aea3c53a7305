import heapq
from dataclasses import dataclass, field
from itertools import count
from typing import Generator


@dataclass(order=True)
class Wakeup:
    at: float
    arrival: int
    name: str = field(compare=False)
    task: Generator = field(compare=False)
    started: bool = field(default=False, compare=False)


def run_with_sleeps(tasks: dict[str, Generator]) -> list[tuple[float, str]]:
    arrivals = count()
    heap = [Wakeup(0, next(arrivals), name, task) for name, task in tasks.items()]
    heapq.heapify(heap)
    trace = []
    while heap:
        entry = heapq.heappop(heap)
        trace.append((entry.at, entry.name))
        try:
            delay = entry.task.send(entry.at) if entry.started else next(entry.task)
        except StopIteration:
            continue
        heapq.heappush(heap, Wakeup(entry.at + delay, next(arrivals), entry.name, entry.task, started=True))
    return trace
