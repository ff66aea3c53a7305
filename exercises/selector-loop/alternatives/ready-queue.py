from collections import deque
from selectors import DefaultSelector, EVENT_READ, EVENT_WRITE


def run_selector_loop(tasks):
    """A ready queue plus a selector, like a tiny asyncio."""
    selector = DefaultSelector()
    results = [None] * len(tasks)
    ready = deque(enumerate(tasks))
    waiting = 0
    while ready or waiting:
        while ready:
            index, task = ready.popleft()
            try:
                kind, sock = next(task)
            except StopIteration as stop:
                results[index] = stop.value
                continue
            selector.register(sock, EVENT_READ if kind == "read" else EVENT_WRITE, (index, task))
            waiting += 1
        if waiting:
            for key, events in selector.select():
                selector.unregister(key.fileobj)
                waiting -= 1
                ready.append(key.data)
    selector.close()
    return results
