import sched


def run_with_sleeps(tasks):
    """The standard library's sched module on a virtual clock: delayfunc moves the clock instead of sleeping."""
    clock = 0

    def now():
        return clock

    def advance(seconds):
        nonlocal clock
        clock += seconds

    scheduler = sched.scheduler(now, advance)
    trace = []

    def wake(name, first):
        at = now()
        trace.append((at, name))
        task = tasks[name]
        try:
            delay = next(task) if first else task.send(at)
        except StopIteration:
            return
        scheduler.enterabs(at + delay, 0, wake, (name, False))

    for name in tasks:
        scheduler.enterabs(0, 0, wake, (name, True))
    scheduler.run()
    return trace
