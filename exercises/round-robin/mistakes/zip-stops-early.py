# feedback: keep running the others
def run_round_robin(tasks):
    trace = []
    for labels in zip(*tasks):
        trace.extend(labels)
    return trace
