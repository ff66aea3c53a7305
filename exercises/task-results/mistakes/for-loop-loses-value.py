# feedback: the return value travels in StopIteration.value
def run_tasks(tasks):
    results = {}
    for name, task in tasks.items():
        last = None
        try:
            for last in task:
                pass
        except Exception as error:
            last = error
        results[name] = last
    return results
