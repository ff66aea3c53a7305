def run_round_robin(tasks):
    """One round per call: every live task takes one step, then the survivors go again."""
    if not tasks:
        return []
    trace, survivors = [], []
    for task in tasks:
        try:
            trace.append(next(task))
        except StopIteration:
            continue
        survivors.append(task)
    return trace + run_round_robin(survivors)
