import heapq
import itertools


class Sleeper:
    _order = itertools.count()

    def __init__(self, name, gen):
        self.name, self.gen, self.started = name, gen, False
        self.wake, self.seq = 0, next(self._order)

    def __lt__(self, other):
        return (self.wake, self.seq) < (other.wake, other.seq)

    def resume(self, clock):
        if self.started:
            return self.gen.send(clock)
        self.started = True
        return next(self.gen)


def run_with_sleeps(tasks):
    heap = [Sleeper(name, gen) for name, gen in tasks.items()]
    heapq.heapify(heap)
    trace = []
    while heap:
        task = heapq.heappop(heap)
        clock = task.wake
        trace.append((clock, task.name))
        try:
            delay = task.resume(clock)
        except StopIteration:
            continue
        task.wake, task.seq = clock + delay, next(Sleeper._order)
        heapq.heappush(heap, task)
    return trace
