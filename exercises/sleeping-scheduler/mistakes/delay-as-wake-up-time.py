# feedback: do not use the delay itself as the wake-up time
def run_with_sleeps(tasks):
    clock = 0
    queue = [(0, name) for name in tasks]
    started = set()
    trace = []
    while queue:
        queue.sort(key=lambda entry: entry[0])
        clock, name = queue.pop(0)
        trace.append((clock, name))
        try:
            if name in started:
                delay = tasks[name].send(clock)
            else:
                started.add(name)
                delay = next(tasks[name])
        except StopIteration:
            continue
        queue.append((delay, name))
    return trace
