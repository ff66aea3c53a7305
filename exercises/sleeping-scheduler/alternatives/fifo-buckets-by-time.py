from collections import defaultdict, deque


def run_with_sleeps(tasks):
    """Wake-up times map to FIFO buckets; always serve the earliest bucket."""
    buckets = defaultdict(deque)
    for name in tasks:
        buckets[0].append(name)
    fresh = set(tasks)
    trace = []
    while buckets:
        clock = min(buckets)
        name = buckets[clock].popleft()
        if not buckets[clock]:
            del buckets[clock]
        trace.append((clock, name))
        try:
            delay = tasks[name].send(None if name in fresh else clock)
        except StopIteration:
            continue
        finally:
            fresh.discard(name)
        buckets[clock + delay].append(name)
    return trace
