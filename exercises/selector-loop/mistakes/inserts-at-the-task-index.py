# feedback: The right values in another order
import selectors

def run_selector_loop(tasks):
    sel = selectors.DefaultSelector()
    results = []
    live = 0
    for task in tasks:
        try:
            kind, sock = next(task)
            sel.register(sock, selectors.EVENT_READ if kind == "read" else selectors.EVENT_WRITE, task)
            live += 1
        except StopIteration as stop:
            results.append(stop.value)
    while live:
        for key, _ in sel.select():
            sel.unregister(key.fileobj)
            try:
                kind, sock = next(key.data)
                sel.register(sock, selectors.EVENT_READ if kind == "read" else selectors.EVENT_WRITE, key.data)
            except StopIteration as stop:
                results.insert(tasks.index(key.data), stop.value)
                live -= 1
    return results
