import selectors


def run_selector_loop(tasks):
    selector = selectors.DefaultSelector()
    waiting = {}
    results = {}
    for position, task in enumerate(tasks):
        waiting[position] = task
    for position in list(waiting):
        try:
            kind, sock = next(waiting[position])
            selector.register(sock, selectors.EVENT_READ if kind == "read" else selectors.EVENT_WRITE, position)
        except StopIteration as stop:
            results[position] = stop.value
            del waiting[position]
    while waiting:
        ready = selector.select(timeout=0.01)
        for key, _ in ready:
            position = key.data
            selector.unregister(key.fileobj)
            print("resuming task", position)
            try:
                kind, sock = next(waiting[position])
                selector.register(sock, selectors.EVENT_READ if kind == "read" else selectors.EVENT_WRITE, position)
            except StopIteration as stop:
                results[position] = stop.value
                del waiting[position]
    selector.close()
    return [results[i] for i in range(len(tasks))]
