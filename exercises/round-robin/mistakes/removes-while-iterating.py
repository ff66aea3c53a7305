# feedback: no task is removed from a list while a loop walks it
def run_round_robin(tasks):
    trace = []
    while tasks:
        for task in tasks:
            try:
                trace.append(next(task))
            except StopIteration:
                tasks.remove(task)
    return trace
