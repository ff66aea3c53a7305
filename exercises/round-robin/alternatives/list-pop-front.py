def run_round_robin(tasks):
    queue = list(tasks)
    trace = []
    while queue:
        task = queue.pop(0)
        try:
            trace.append(next(task))
        except StopIteration:
            continue
        queue.append(task)
    return trace
