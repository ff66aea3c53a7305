# feedback: an index that moves on anyway
def run_round_robin(tasks):
    tasks = list(tasks)
    trace = []
    i = 0
    while tasks:
        i %= len(tasks)
        try:
            trace.append(next(tasks[i]))
        except StopIteration:
            tasks.pop(i)
        i += 1
    return trace
