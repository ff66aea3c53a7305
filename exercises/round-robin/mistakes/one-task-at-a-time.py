# feedback: take turns one step at a time
def run_round_robin(tasks):
    trace = []
    for task in tasks:
        for label in task:
            trace.append(label)
    return trace
