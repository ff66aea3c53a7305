def run_with_sleeps(tasks):
    """No heap: a plain list, and min() picks the earliest; min keeps the first of equal times (FIFO)."""
    waiting = [(0, name) for name in tasks]  # appended in the order they go to sleep
    started = set()
    trace = []
    while waiting:
        entry = min(waiting, key=lambda item: item[0])
        waiting.remove(entry)
        clock, name = entry
        trace.append((clock, name))
        try:
            delay = tasks[name].send(clock) if name in started else next(tasks[name])
        except StopIteration:
            continue
        started.add(name)
        waiting.append((clock + delay, name))
    return trace
