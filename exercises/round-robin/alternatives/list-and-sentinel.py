FINISHED = object()  # next() hands this back once a task is done; no task can yield it


def run_round_robin(tasks):
    waiting = list(tasks)
    trace = []
    while waiting:
        task = waiting.pop(0)
        label = next(task, FINISHED)
        if label is FINISHED:
            continue
        trace.append(label)
        waiting.append(task)
    return trace
