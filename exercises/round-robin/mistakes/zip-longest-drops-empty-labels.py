# feedback: an empty label is still a label
from itertools import zip_longest


def run_round_robin(tasks):
    trace = []
    for round_ in zip_longest(*tasks):
        trace.extend(label for label in round_ if label)
    return trace
