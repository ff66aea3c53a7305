def averager():
    """After priming, answer each number sent in with the average of all numbers so far."""
    total = 0.0
    count = 0
    average = None
    while True:
        number = yield average
        total += number
        count += 1
        average = total / count
