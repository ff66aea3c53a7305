from itertools import zip_longest

MISSING = object()


def run_round_robin(tasks):
    trace = []
    for round_ in zip_longest(*tasks, fillvalue=MISSING):
        trace.extend(label for label in round_ if label is not MISSING)
    return trace
