# feedback: one next() per task per turn
def run_tasks(tasks):
    results = {}
    for name, task in tasks.items():
        while True:
            try:
                next(task)
            except StopIteration as finished:
                results[name] = finished.value
                break
            except Exception as error:
                results[name] = error
                break
    return results
