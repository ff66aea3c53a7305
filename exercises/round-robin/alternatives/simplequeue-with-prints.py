import queue


def run_round_robin(tasks):
    ready = queue.SimpleQueue()
    for task in tasks:
        ready.put(task)
    trace = []
    while not ready.empty():
        task = ready.get()
        try:
            label = next(task)
        except StopIteration:
            print("a task finished")
            continue
        print("ran one step:", repr(label))
        trace.append(label)
        ready.put(task)
    return trace
