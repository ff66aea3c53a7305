def run_tasks(tasks):
    waiting = list(tasks.items())
    results = {}
    while waiting:
        name, task = waiting.pop(0)
        try:
            next(task)
        except StopIteration as finished:
            results[name] = finished.value
        except Exception as error:  # the task crashed: its exception is its result
            results[name] = error
        else:
            waiting.append((name, task))
    return results
