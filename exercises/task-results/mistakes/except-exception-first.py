# feedback: an except Exception placed before except StopIteration
def run_tasks(tasks):
    queue = list(tasks.items())
    results = {}
    while queue:
        name, task = queue.pop(0)
        try:
            next(task)
            queue.append((name, task))
        except Exception as error:
            results[name] = error
        except StopIteration as stop:
            results[name] = stop.value
    return results
