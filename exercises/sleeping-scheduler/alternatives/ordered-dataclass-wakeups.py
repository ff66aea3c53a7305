from dataclasses import dataclass, field
import heapq
import itertools

_order = itertools.count()


@dataclass(order=True)
class Wakeup:
    time: float
    seq: int = field(default_factory=lambda: next(_order))
    name: str = field(compare=False, default="")


def run_with_sleeps(tasks):
    heap = [Wakeup(0, name=name) for name in tasks]
    heapq.heapify(heap)
    begun = set()
    trace = []
    while heap:
        w = heapq.heappop(heap)
        trace.append((w.time, w.name))
        gen = tasks[w.name]
        try:
            d = gen.send(w.time) if w.name in begun else next(gen)
        except StopIteration:
            continue
        begun.add(w.name)
        heapq.heappush(heap, Wakeup(w.time + d, name=w.name))
    return trace
