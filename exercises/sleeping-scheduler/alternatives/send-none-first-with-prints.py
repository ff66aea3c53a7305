import heapq
from itertools import count


def run_with_sleeps(tasks: dict) -> list[tuple[float, str]]:
    counter = count()
    due = [(0, next(counter), name, None) for name in tasks]  # None: what to send (a fresh task takes only None)
    heapq.heapify(due)
    trace: list[tuple[float, str]] = []
    while due:
        clock, _, name, message = heapq.heappop(due)
        trace.append((clock, name))
        print(f"t={clock}: resuming {name}")
        try:
            delay = tasks[name].send(message)
        except StopIteration:
            print(f"t={clock}: {name} finished")
            continue
        heapq.heappush(due, (clock + delay, next(counter), name, clock + delay))
    return trace
