# feedback: None in the results does not mean it is unfinished
import selectors

EVENTS = {"read": selectors.EVENT_READ, "write": selectors.EVENT_WRITE}


def run_selector_loop(tasks):
    results = [None] * len(tasks)
    selector = selectors.DefaultSelector()

    def step(index):
        try:
            kind, sock = next(tasks[index])
        except StopIteration as stop:
            results[index] = stop.value
            return
        selector.register(sock, EVENTS[kind], index)

    for index in range(len(tasks)):
        step(index)
    while None in results:
        for key, _ in selector.select():
            selector.unregister(key.fileobj)
            step(key.data)
    selector.close()
    return results
