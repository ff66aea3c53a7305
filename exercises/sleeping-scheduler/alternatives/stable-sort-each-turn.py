def run_with_sleeps(tasks):
    # list.sort is stable: entries appended later stay behind equal wake-up times
    waiting = [(0, name, True) for name in tasks]
    trace = []
    while waiting:
        waiting.sort(key=lambda entry: entry[0])
        clock, name, fresh = waiting.pop(0)
        trace.append((clock, name))
        try:
            delay = next(tasks[name]) if fresh else tasks[name].send(clock)
        except StopIteration:
            continue
        waiting.append((clock + delay, name, False))
    return trace
