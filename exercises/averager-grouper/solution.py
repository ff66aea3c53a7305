def averager():
    """After priming, receive numbers by send; when sent None, return their average (None if there were none)."""
    total = 0.0
    count = 0
    while True:
        number = yield
        if number is None:
            break
        total += number
        count += 1
    return total / count if count else None


def grouper(results, key):
    """Forever: delegate to a fresh averager() and store what it returns in results[key]."""
    while True:
        results[key] = yield from averager()
