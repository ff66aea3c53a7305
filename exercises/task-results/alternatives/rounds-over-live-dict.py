def run_tasks(tasks):
    live = dict(tasks)
    results = {}
    while live:
        for name in list(live):
            try:
                next(live[name])
            except StopIteration as e:
                results[name] = e.value
                del live[name]
            except Exception as e:
                results[name] = e
                del live[name]
    return {name: results[name] for name in tasks}
