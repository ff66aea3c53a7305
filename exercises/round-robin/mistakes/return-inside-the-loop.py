# feedback: check the indentation of return trace
def run_round_robin(tasks):
    queue = list(tasks)
    trace = []
    while queue:
        task = queue.pop(0)
        try:
            label = next(task)
            print("ran", label)
            trace.append(label)
            queue.append(task)
        except StopIteration:
            print("one finished")
        return trace
