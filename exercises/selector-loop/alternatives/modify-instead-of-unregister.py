import selectors
from selectors import DefaultSelector, EVENT_READ, EVENT_WRITE


def run_selector_loop(tasks):
    selector = DefaultSelector()
    waiting = {}  # socket -> (index, task), to know who waits for what
    results = [None] * len(tasks)
    ready = list(enumerate(tasks))
    while ready or waiting:
        for index, task in ready:
            try:
                kind, sock = next(task)
            except StopIteration as stop:
                results[index] = stop.value
                continue
            mask = EVENT_READ if kind == "read" else EVENT_WRITE
            if sock in waiting:
                raise RuntimeError("two tasks wait for one socket")
            try:
                selector.modify(sock, mask, (index, task))
            except KeyError:
                selector.register(sock, mask, (index, task))
            waiting[sock] = (index, task)
        ready = []
        if waiting:
            for key, _ in selector.select():
                del waiting[key.fileobj]
                ready.append(key.data)
            for key in list(selector.get_map().values()):
                if key.fileobj not in waiting:
                    selector.unregister(key.fileobj)
    selector.close()
    return results
