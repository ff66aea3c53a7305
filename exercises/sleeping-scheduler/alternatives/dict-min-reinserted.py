def run_with_sleeps(tasks):
    due = {name: 0 for name in tasks}
    started = set()
    trace = []
    while due:
        name = min(due, key=due.get)
        clock = due.pop(name)
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            continue
        started.add(name)
        due[name] = clock + delay
    return trace
