def run_tasks(tasks):
    alive = dict(tasks)  # a copy: names still running, in turn order
    results = {}
    while alive:
        for name in list(alive):
            try:
                next(alive[name])
                continue
            except StopIteration as stop:
                results[name] = stop.value
            except Exception as exc:
                print(f"{name} crashed: {exc!r}")
                results[name] = exc
            del alive[name]
    return results
