# feedback: unregister it when you resume its task, before
import selectors

EVENTS = {"read": selectors.EVENT_READ, "write": selectors.EVENT_WRITE}


def run_selector_loop(tasks):
    """Resume each generator task when the socket it yielded is ready; return their return values in order."""
    results = [None] * len(tasks)
    selector = selectors.DefaultSelector()
    pending = 0

    def step(index):
        nonlocal pending
        try:
            kind, sock = next(tasks[index])
        except StopIteration as stop:
            results[index] = stop.value
            return
        selector.register(sock, EVENTS[kind], index)
        pending += 1

    try:
        for index in range(len(tasks)):
            step(index)
        while pending:
            for key, _ in selector.select():
                pending -= 1
                step(key.data)
                selector.unregister(key.fileobj)
    finally:
        selector.close()
    return results
