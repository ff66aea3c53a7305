import queue as queues


class Scheduler:
    def __init__(self, tasks):
        self.ready = queues.SimpleQueue()
        for task in tasks:
            self.ready.put(task)
        self.trace = []

    def run(self):
        while not self.ready.empty():
            task = self.ready.get()
            try:
                label = task.send(None)
            except StopIteration:
                print("a task finished")
            else:
                self.trace.append(label)
                self.ready.put(task)
        return self.trace


def run_round_robin(tasks):
    return Scheduler(tasks).run()
