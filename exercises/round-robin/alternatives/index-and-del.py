def run_round_robin(tasks):
    tasks = list(tasks)
    trace = []
    i = 0
    while tasks:
        if i >= len(tasks):
            i = 0
        try:
            trace.append(next(tasks[i]))
        except StopIteration:
            del tasks[i]          # the next task slides into position i
            continue
        i += 1
    return trace
