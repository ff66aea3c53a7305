class Task:
    """A tiny asyncio.Task: wraps a generator and remembers how it ended."""

    def __init__(self, name, gen):
        self.name, self.gen = name, gen
        self.done = False
        self.outcome = None

    def step(self):
        try:
            self.gen.send(None)
        except StopIteration as stop:
            self.done, self.outcome = True, stop.value
        except Exception as exc:
            self.done, self.outcome = True, exc


def run_tasks(tasks):
    pending = [Task(name, gen) for name, gen in tasks.items()]
    finished = {}
    while pending:
        for task in pending:
            task.step()
            if task.done:
                finished[task.name] = task.outcome
        pending = [task for task in pending if not task.done]
    return finished
