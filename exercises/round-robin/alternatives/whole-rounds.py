def run_round_robin(tasks):
    """Whole rounds: every live task gets one step per round; finished ones leave at once."""
    alive = list(tasks)
    trace = []
    while alive:
        still_alive = []
        for task in alive:
            try:
                trace.append(next(task))
            except StopIteration:
                continue
            still_alive.append(task)
        alive = still_alive
    return trace
