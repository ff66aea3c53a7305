import selectors
from selectors import EVENT_READ, EVENT_WRITE


class SelectorLoop:
    def __init__(self, tasks):
        self.tasks = list(tasks)
        self.results = {}
        self.selector = selectors.DefaultSelector()

    def resume(self, task):
        try:
            kind, sock = task.send(None)
        except StopIteration as stop:
            self.results[id(task)] = stop.value
        else:
            print("waiting to", kind)
            self.selector.register(sock, EVENT_READ if kind == "read" else EVENT_WRITE, task)

    def run(self):
        with self.selector:
            for task in self.tasks:
                self.resume(task)
            while self.selector.get_map():
                for key, _ in self.selector.select():
                    self.selector.unregister(key.fileobj)
                    self.resume(key.data)
        return [self.results[id(task)] for task in self.tasks]


def run_selector_loop(tasks):
    return SelectorLoop(tasks).run()
