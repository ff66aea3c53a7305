def averager():
    """After priming, answer each number sent in with the average of all numbers so far."""
    total = 0.0
    count = 0
    average = None
    while True:
        # TODO: yield the current average, receive the next number, update total, count and average.
        raise NotImplementedError("averager is not written yet")
