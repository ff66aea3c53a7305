import selectors
from collections.abc import Generator
from socket import socket

Task = Generator[tuple[str, socket], None, object]
MASKS = {"read": selectors.EVENT_READ, "write": selectors.EVENT_WRITE}


def run_selector_loop(tasks: list[Task]) -> list[object]:
    selector = selectors.DefaultSelector()
    results: list[object] = [None] * len(tasks)
    live = set(range(len(tasks)))

    def resume(i: int) -> None:
        try:
            kind, sock = next(tasks[i])
        except StopIteration as stop:
            results[i] = stop.value
            live.discard(i)
        else:
            selector.register(sock, MASKS[kind], i)

    for i in range(len(tasks)):
        resume(i)
    while live:
        events = selector.select()
        for key, _ in events:
            selector.unregister(key.fileobj)
            resume(key.data)
    selector.close()
    return results
