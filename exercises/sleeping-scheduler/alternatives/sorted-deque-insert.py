from collections import deque


def run_with_sleeps(tasks):
    """Keep a deque sorted by wake-up time; insert behind every entry due at the same time or earlier."""
    queue = deque((0.0, name) for name in tasks)
    started = set()
    trace = []
    while queue:
        clock, name = queue.popleft()
        trace.append((clock, name))
        task = tasks[name]
        try:
            delay = task.send(clock) if name in started else next(task)
        except StopIteration:
            continue
        started.add(name)
        wake = clock + delay
        index = len(queue)
        while index > 0 and queue[index - 1][0] > wake:
            index -= 1
        queue.insert(index, (wake, name))
    return trace
