import itertools
from queue import PriorityQueue


class VirtualClockLoop:
    def __init__(self, tasks):
        self.tasks = tasks
        self.queue = PriorityQueue()
        self.tickets = itertools.count()
        self.clock = 0
        self.trace = []
        for name in tasks:
            self.call_at(0, name, None)

    def call_at(self, when, name, value):
        self.queue.put((when, next(self.tickets), name, value))

    def run(self):
        while not self.queue.empty():
            self.clock, _, name, first = self.queue.get()
            self.trace.append((self.clock, name))
            task = self.tasks[name]
            try:
                delay = next(task) if first is None else task.send(self.clock)
            except StopIteration:
                print(f"{name} finished at {self.clock}")
                continue
            self.call_at(self.clock + delay, name, False)
        return self.trace


def run_with_sleeps(tasks):
    return VirtualClockLoop(tasks).run()
