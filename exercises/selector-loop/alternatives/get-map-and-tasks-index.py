import selectors
from typing import Any, Generator

EVENT = {"read": selectors.EVENT_READ, "write": selectors.EVENT_WRITE}


def run_selector_loop(tasks: list[Generator]) -> list[Any]:
    results: list[Any] = [None] * len(tasks)
    with selectors.DefaultSelector() as sel:
        def advance(task):
            try:
                kind, sock = next(task)
            except StopIteration as done:
                results[tasks.index(task)] = done.value
            else:
                sel.register(sock, EVENT[kind], task)

        for task in tasks:
            advance(task)
        while sel.get_map():
            for key, _mask in sel.select():
                sel.unregister(key.fileobj)
                advance(key.data)
    return results
