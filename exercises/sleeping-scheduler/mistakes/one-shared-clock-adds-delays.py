# feedback: do not add every delay to one shared clock
def run_with_sleeps(tasks):
    clock = 0
    queue = [(0, name) for name in tasks]
    started = set()
    trace = []
    while queue:
        queue.sort(key=lambda entry: entry[0])
        wake, name = queue.pop(0)
        trace.append((clock, name))
        try:
            if name in started:
                delay = tasks[name].send(clock)
            else:
                started.add(name)
                delay = next(tasks[name])
        except StopIteration:
            continue
        clock += delay
        queue.append((clock, name))
    return trace
