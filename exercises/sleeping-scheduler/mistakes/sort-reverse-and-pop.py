# feedback: tasks due at the same time ran in the wrong order
def run_with_sleeps(tasks):
    queue = [(0, name) for name in tasks]
    started = []
    trace = []
    while queue:
        queue.sort(reverse=True)
        clock, name = queue.pop()
        trace.append((clock, name))
        try:
            if name in started:
                delay = tasks[name].send(clock)
            else:
                started.append(name)
                delay = next(tasks[name])
        except StopIteration:
            continue
        queue.append((clock + delay, name))
    return trace
