# feedback: Check that the queue is first in, first out
def run_round_robin(tasks):
    stack = list(tasks)
    trace = []
    while stack:
        task = stack.pop()
        try:
            trace.append(next(task))
        except StopIteration:
            continue
        stack.insert(0, task)
    return trace
