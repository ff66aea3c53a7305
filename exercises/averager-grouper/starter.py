def averager():
    """After priming, receive numbers by send; when sent None, return their average (None if there were none)."""
    total = 0.0
    count = 0
    # TODO: loop: number = yield; stop on None; otherwise add it up. Then return the average.
    raise NotImplementedError("averager is not written yet")


def grouper(results, key):
    """Forever: delegate to a fresh averager() and store what it returns in results[key]."""
    # TODO: while True: results[key] = yield from ...
    raise NotImplementedError("grouper is not written yet")
