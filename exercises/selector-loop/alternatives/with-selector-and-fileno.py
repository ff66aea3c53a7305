import selectors


def run_selector_loop(tasks):
    results = {}
    with selectors.DefaultSelector() as selector:

        def advance(index, task):
            try:
                what, sock = next(task)
            except StopIteration as finished:
                results[index] = finished.value
                return
            mask = {"read": selectors.EVENT_READ, "write": selectors.EVENT_WRITE}[what]
            selector.register(sock.fileno(), mask, (index, task))

        for index, task in enumerate(tasks):
            advance(index, task)
        while len(results) < len(tasks):
            for key, mask in selector.select(timeout=None):
                selector.unregister(key.fd)
                advance(*key.data)
    return [results[index] for index in range(len(tasks))]
