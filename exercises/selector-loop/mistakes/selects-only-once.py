# feedback: had not finished when the loop returned
import selectors

def run_selector_loop(tasks):
    sel = selectors.DefaultSelector()
    results = [None] * len(tasks)
    def advance(i):
        try:
            kind, sock = next(tasks[i])
        except StopIteration as stop:
            results[i] = stop.value
            return
        sel.register(sock, selectors.EVENT_READ if kind == "read" else selectors.EVENT_WRITE, i)
    for i in range(len(tasks)):
        advance(i)
    if sel.get_map():
        for key, mask in sel.select():
            sel.unregister(key.fileobj)
            advance(key.data)
    return results
