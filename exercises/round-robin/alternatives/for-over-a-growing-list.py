def run_round_robin(tasks):
    queue = list(tasks)
    trace = []
    for task in queue:          # the list grows while we walk it: appended tasks come round again
        try:
            trace.append(next(task))
        except StopIteration:
            continue
        queue.append(task)
    return trace
