import heapq
from itertools import count


def run_with_sleeps(tasks):
    """Run tasks that yield sleep delays on a virtual clock; return the list of (time, name) resumes."""
    clock = 0
    arrival = count()  # breaks ties between equal wake-up times: first come, first served
    due = [(0, next(arrival), name) for name in tasks]
    heapq.heapify(due)
    trace = []
    # TODO: pop the earliest entry, move the clock, record (clock, name), resume the task
    # (next() the first time, send(clock) afterwards) and push it back with its new wake-up time.
    raise NotImplementedError("run_with_sleeps is not written yet")
