from collections import deque


def run_tasks(tasks):
    """Run the tasks round-robin; return {name: return value or the exception it raised}."""
    queue = deque(tasks.items())
    results = {}
    # TODO: advance the front task with next(); a StopIteration carries the return value in .value,
    # any other exception is the task's result; otherwise put the task at the back of the queue.
    raise NotImplementedError("run_tasks is not written yet")
